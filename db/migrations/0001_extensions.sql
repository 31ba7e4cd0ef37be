-- pgvector for embeddings (the embedded pgserver build ships vector but not contrib modules like pg_trgm).
CREATE EXTENSION IF NOT EXISTS vector;
