"""The staff handoff inbox API (`/inbox/api/...`), mounted in both servers: `support-agent serve`
(server/routes.py) and `langgraph dev` (app/routes.py). Staff list, read, claim, reply to and resolve
the cases the graph hands over; see /work/helpers/inbox_contract.md-style docs in the README."""
