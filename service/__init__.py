"""Running the agent as a service: preparing the database and starting the processes."""
