-- The order-management tables served by the demo OMS over HTTP (and filled by the tau-retail importer).
-- Money is numeric(10,2) in the store currency; timestamps are timestamptz.

CREATE TABLE customers (
    id            text PRIMARY KEY,              -- e.g. 'C000123' (demo) or 'james_li_5688' (tau-retail)
    email         text NOT NULL UNIQUE,
    first_name    text NOT NULL,
    last_name     text NOT NULL,
    phone         text,
    address       jsonb NOT NULL DEFAULT '{}',  -- {address1, address2, city, state, zip, country}
    region        text,                          -- shipping region code, e.g. 'US', 'CA', 'EU', 'UK', 'AU'
    language      text NOT NULL DEFAULT 'en',
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_email_lower ON customers (lower(email));

CREATE TABLE products (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    product_line  text NOT NULL,                 -- e.g. 'tops', 'denim', 'outerwear', 'footwear', 'accessories'
    category      text NOT NULL,
    description   text NOT NULL DEFAULT '',
    size_chart    jsonb,                         -- {"unit": "in", "columns": [...], "rows": {"S": {...}}} or null
    care          text,
    attributes    jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE variants (
    id            text PRIMARY KEY,              -- item id / SKU
    product_id    text NOT NULL REFERENCES products(id),
    options       jsonb NOT NULL DEFAULT '{}',   -- {"size": "M", "color": "navy"}
    price         numeric(10,2) NOT NULL CHECK (price >= 0),
    available     boolean NOT NULL DEFAULT true
);
CREATE INDEX variants_product ON variants (product_id);

CREATE TABLE orders (
    id               text PRIMARY KEY,           -- the customer-facing order number, e.g. 'NB104233' or '#W2611340'
    customer_id      text NOT NULL REFERENCES customers(id),
    status           text NOT NULL,              -- pending|processing|shipped|in_transit|delivered|cancelled|returned|lost
    placed_at        timestamptz NOT NULL,
    currency         text NOT NULL DEFAULT 'USD',
    subtotal         numeric(10,2) NOT NULL,
    shipping_cost    numeric(10,2) NOT NULL DEFAULT 0,
    discount         numeric(10,2) NOT NULL DEFAULT 0,
    total            numeric(10,2) NOT NULL,
    promo_code       text,
    shipping_method  text,                       -- standard|express|international
    shipping_address jsonb NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);

CREATE TABLE order_items (
    order_id      text NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no       integer NOT NULL,
    variant_id    text NOT NULL REFERENCES variants(id),
    product_id    text NOT NULL REFERENCES products(id),
    product_name  text NOT NULL,
    options       jsonb NOT NULL DEFAULT '{}',
    quantity      integer NOT NULL CHECK (quantity > 0),
    unit_price    numeric(10,2) NOT NULL CHECK (unit_price >= 0),
    status        text NOT NULL DEFAULT 'ordered', -- ordered|shipped|delivered|returned|refunded|cancelled
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    id            text PRIMARY KEY,
    order_id      text NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('payment', 'refund')),
    method        text NOT NULL,                 -- 'card:visa:4242', 'paypal', 'gift_card', ...
    amount        numeric(10,2) NOT NULL CHECK (amount >= 0),
    status        text NOT NULL DEFAULT 'succeeded', -- pending|succeeded|failed|disputed
    created_at    timestamptz NOT NULL,
    reference     text                           -- idempotency key of the action that created it
);
CREATE INDEX payments_order ON payments (order_id);
CREATE UNIQUE INDEX payments_reference ON payments (reference) WHERE reference IS NOT NULL;

CREATE TABLE shipments (
    id               text PRIMARY KEY,
    order_id         text NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    carrier          text NOT NULL,              -- 'UPS', 'USPS', 'FedEx', 'DHL', 'Canada Post', 'Royal Mail'
    tracking_number  text NOT NULL,
    tracking_url     text NOT NULL,
    status           text NOT NULL,              -- label_created|in_transit|out_for_delivery|delivered|delayed|exception|lost|returned
    shipped_at       timestamptz,
    promised_date    date,
    delivered_at     timestamptz,
    events           jsonb NOT NULL DEFAULT '[]', -- [{"at": iso, "status": str, "location": str, "description": str}]
    line_nos         integer[]                   -- which order_items this parcel carries; null = all
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_tracking ON shipments (tracking_number);
