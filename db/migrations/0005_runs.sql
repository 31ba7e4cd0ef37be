-- The production graph server (`support-agent serve`): who owns each thread and what each run did.
-- Conversation state itself stays in LangGraph's checkpointer tables; these rows are the server's
-- bookkeeping, shared by every worker and replica on this database. No token or Authorization header
-- is ever stored: a run keeps only the verified identity (kind and subject) it was executed for.

CREATE TABLE api_threads (
    thread_id   uuid PRIMARY KEY,
    metadata    jsonb NOT NULL DEFAULT '{}',         -- `owner` set by the server at creation
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_threads_owner ON api_threads ((metadata ->> 'owner'), updated_at DESC);

CREATE TABLE api_runs (
    run_id       uuid PRIMARY KEY,
    thread_id    uuid NOT NULL REFERENCES api_threads(thread_id) ON DELETE CASCADE,
    assistant_id text NOT NULL,
    status       text NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'running', 'success', 'error', 'interrupted', 'cancelled')),
    worker_id    integer,                          -- the worker executing it (its liveness lock proves it alive)
    attempt      integer NOT NULL DEFAULT 0,
    kwargs       jsonb NOT NULL DEFAULT '{}',      -- input messages (with ids), allowed context, stream modes
    auth_kind    text NOT NULL,
    auth_subject text NOT NULL,
    metadata     jsonb NOT NULL DEFAULT '{}',
    error        jsonb,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX api_runs_thread ON api_runs (thread_id, created_at DESC);
CREATE INDEX api_runs_unfinished ON api_runs (status, created_at) WHERE status IN ('pending', 'running');
