"""The staff handoff inbox API (`/inbox/api/...`), mounted in both servers: `support-agent serve`
(server/routes.py) and `langgraph dev` (app/routes.py). Staff list, read, claim, reply to and resolve
the cases the graph hands over (README: "Handoff inbox and webhooks")."""
