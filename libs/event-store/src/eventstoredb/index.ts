/** The EventStoreDB adapter: its own entry point, so SQLite deployments never load the gRPC client. */
export * from './eventstoredb-event-store.js';
