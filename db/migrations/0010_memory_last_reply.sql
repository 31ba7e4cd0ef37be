-- Per-customer memory (graph/memory.py): every conversation item now carries `last_reply`, the time of its
-- latest agent reply as a fixed-width UTC ISO string, and the frustration rule reads only the conversations
-- whose `last_reply` is inside its window. Items written before that field existed get it here, from the
-- latest well-formed stamp of their own `replies` log, so none of their replies stops being counted.
-- Idempotent (only items still without the field are touched); the LangGraph store creates its `store`
-- table at first use, so on a database where it does not exist yet there is nothing to backfill.
DO $$
BEGIN
    IF to_regclass('store') IS NOT NULL THEN
        UPDATE store
        SET value = store.value || jsonb_build_object('last_reply', latest.stamp)
        FROM (
            SELECT item.prefix, item.key,
                   to_char(max(reply.stamp::timestamptz) AT TIME ZONE 'UTC',
                           'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"') AS stamp
            FROM store AS item,
                 jsonb_array_elements_text(
                     CASE WHEN jsonb_typeof(item.value -> 'replies') = 'array'
                          THEN item.value -> 'replies' ELSE '[]'::jsonb END) AS reply(stamp)
            WHERE item.prefix LIKE 'customers.%.conversations'
              AND NOT item.value ? 'last_reply'
              AND reply.stamp ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$'
            GROUP BY item.prefix, item.key
        ) AS latest
        WHERE store.prefix = latest.prefix AND store.key = latest.key;
    END IF;
END
$$;
