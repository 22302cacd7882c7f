// Generated from the OpenAPI document of ledger-api by `npm run openapi:types` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no key needed) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store answers, the read models keep up, no log contradicts a signed checkpoint (no key needed) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: every series for an operator key (ops:admin), only its own ledger's series for a ledger's admin key (ledger:admin) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint: a C2SP signed note (Ed25519) over `<origin>\n<size>\n<base64 root>\n` */
        get: operations["getCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/tlog/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint: a C2SP signed note (Ed25519) over `<origin>\n<size>\n<base64 root>\n` */
        get: operations["getCheckpointAlias1"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/checkpoint-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verifier key of the checkpoints (`<name>+<hex hash>+<base64 key>`); pin it out of band */
        get: operations["getCheckpointKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every signed checkpoint of the ledger, newest first, with its note */
        get: operations["listCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/consistency-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 consistency proof: the tree of to_size extends the tree of from_size (catches a rewritten or cut history) */
        get: operations["getConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/tlog/tile/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A C2SP tlog-tiles hash tile or entry bundle (binary) */
        get: operations["getTlogTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records in sequence order, filtered as GET /v1/audit-events, streamed: format=ndjson (default; each record exactly as GET /v1/audit-events/{id} returns it), csv (RFC 4180, context and metadata as JSON cells, formula-injection safe) or cloudevents (CloudEvents 1.0 structured JSON, one a line) */
        get: operations["exportLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{eventId}/inclusion-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RFC 9162 inclusion proof of the event in the ledger's Merkle tree (default: the latest checkpoint's size) */
        get: operations["getInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append up to 1000 audit events atomically */
        post: operations["recordAuditEventBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events (newest first by default, or by event type), filtered, with an opaque cursor */
        get: operations["listAuditEvents"];
        put?: never;
        /** Append one audit event to the caller’s ledger */
        post: operations["recordAuditEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events of the audit events matching the list filters: id = sequence, event = eventType, data = the record as stored; resumes after Last-Event-ID (default: the head, new events only); a comment every 15 s; a slow client gets a last `stream-ended` event and is disconnected */
        get: operations["streamAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{eventId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute one event's hash from the log and check its links */
        get: operations["verifyAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit event, exactly as stored (wire contract v1) */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a range of the hash chain (≤ 100,000 records a call) from the log */
        get: operations["verifyLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's ledger: length, head sequence and head hash */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rules (by id), now or as_of a point, filtered by status, name prefix, action, scope id */
        get: operations["listRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List limits (by id), now or as_of a point, filtered by status, name prefix, limit type, scope id */
        get: operations["listLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rule's audit events in order, each with the JSON paths it changed */
        get: operations["getRuleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limits/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A limit's audit events in order, each with the JSON paths it changed */
        get: operations["getLimitHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rule: its current state, or as_of a point (folded from its events) */
        get: operations["getRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One limit: its current state, or as_of a point (folded from its events) */
        get: operations["getLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transaction validations (newest first by default), filtered, with an opaque cursor */
        get: operations["listValidations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validations/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest validation of a transaction, with how many the ledger holds and where the others are */
        get: operations["getValidation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validations/{transactionId}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transaction’s latest validation with every rule and limit as they stood right before it, and its matched rules checked against them */
        get: operations["getValidationContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each read model's live generation, checkpoint, lag and last rebuild */
        get: operations["listProjections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild a read model from the log into shadow tables; reads keep being served; swapped in atomically */
        post: operations["rebuildProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the scrubber found where the ledger's log, its envelope and the read models disagree, by sequence */
        get: operations["getIntegrityFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        Readiness: {
            /**
             * @example ready
             * @enum {string}
             */
            status: "ready" | "not-ready";
            /**
             * @description Each check’s result by name (store, projector, checkpoints)
             * @example {
             *       "store": {
             *         "ready": true
             *       },
             *       "projector": {
             *         "ready": true,
             *         "running": true,
             *         "lagEvents": 0,
             *         "checkpoint": 1
             *       },
             *       "checkpoints": {
             *         "ready": true
             *       }
             *     }
             */
            checks: {
                [key: string]: {
                    ready: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        ProblemViolation: {
            /**
             * @description The field path: a body member (`actor.actorType`, `events[3].context`), a query or path parameter, or `$` for the whole body
             * @example actor.actorType
             */
            path: string;
            /** @example actorType must be one of user, service, api_key, system */
            message: string;
            /**
             * @description Where the problem lies (Tracer)
             * @example body
             * @enum {string}
             */
            location?: "header" | "path" | "query" | "body";
            /**
             * @description What was sent there (absent when nothing was, for API keys and members named like secrets; long strings cut)
             * @example robot
             */
            value?: Record<string, never>;
        };
        /** @description RFC 9457 problem details, with the stable error code, the request id and, for 400, every violation */
        Problem: {
            /**
             * Format: uri
             * @description A URN naming the code: `urn:audit-ledger:problem:<code>`
             * @example urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_INVALID
             */
            type: string;
            /**
             * @description The same for every problem of this code
             * @example The audit event is invalid
             */
            title: string;
            /**
             * @description The HTTP status
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong with this request
             * @example actor.actorType: actorType must be one of user, service, api_key, system
             */
            detail: string;
            /**
             * Format: uri-reference
             * @description The request path, without the query
             * @example /v1/audit-events
             */
            instance: string;
            /**
             * @description Stable error code (`LEDGER.*`, `AUTH.*`, `HTTP.*`, `STORE.*`): branch on this
             * @example LEDGER.AUDIT_EVENT_INVALID
             */
            code: string;
            /**
             * @description The X-Request-Id of the request (echoed, or generated as a UUID)
             * @example 3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90
             */
            requestId: string;
            /** @description Bad input only (400): every violation, by field path */
            errors?: components["schemas"]["ProblemViolation"][];
        };
        Checkpoint: {
            /**
             * @description How many records the signed tree holds
             * @example 1
             */
            treeSize: number;
            /**
             * @description The RFC 9162 Merkle root, lowercase hex (the note carries it in base64)
             * @example 9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
             */
            rootHash: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:01.000Z
             */
            createdAt: string;
            /**
             * @description The C2SP signed note, as GET /v1/ledger/checkpoint serves it
             * @example audit-ledger.localhost/default
             *     1
             *     mx8sPU5fYHGCk6S1xtfo+QobLD1OX2BxgpOktcbX6Pk=
             *
             *     — audit-ledger.localhost Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyCE7cLQ7iPkpHQ=
             */
            note: string;
        };
        CheckpointPage: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            checkpoints: components["schemas"]["Checkpoint"][];
        };
        ConsistencyProof: {
            /** @example 1 */
            fromSize: number;
            /** @example 2 */
            toSize: number;
            /**
             * @description The consistency proof, lowercase hex
             * @example [
             *       "5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f99b1f2c3d4e"
             *     ]
             */
            hashes: string[];
        };
        InclusionProof: {
            /**
             * Format: uuid
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01
             */
            eventId: string;
            /** @example 1 */
            sequence: number;
            /**
             * @description sequence − 1: the leaf is the 32 bytes of the record’s hash
             * @example 0
             */
            leafIndex: number;
            /** @example 1 */
            treeSize: number;
            /**
             * @description The Merkle root of the tree of treeSize, lowercase hex
             * @example 9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
             */
            rootHash: string;
            /**
             * @description The audit path, lowercase hex, leaf to root
             * @example []
             */
            hashes: string[];
        };
        AuditActorInput: {
            /** @example user-42 */
            id: string;
            /**
             * @example user
             * @enum {string}
             */
            actorType: "user" | "service" | "api_key" | "system";
            name?: string;
            role?: string;
            /** @example 10.0.0.7 */
            ipAddress?: string;
        };
        AuditEventInput: {
            /** @example RULE_CREATED */
            eventType: string;
            /**
             * @description Required for custom event types
             * @example COMPANY
             */
            category?: string;
            /**
             * @description Required for custom event types
             * @example APP
             */
            source?: string;
            /**
             * @description Filled in for known event types
             * @example rule
             */
            resourceType?: string;
            /** @example rule-7 */
            resourceId: string;
            /**
             * @description Filled in for known event types
             * @example CREATE
             */
            action?: string;
            /** @example SUCCESS */
            result: string;
            description?: string;
            actor: components["schemas"]["AuditActorInput"];
            /**
             * @example {
             *       "after": {
             *         "name": "velocity"
             *       }
             *     }
             */
            context: {
                [key: string]: unknown;
            };
            /** @default {} */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description The emitter's time, RFC 3339
             * @example 2026-11-22T10:00:00.000Z
             */
            occurredAt?: string;
            /** @description Rule and limit events only: the version (event count) the resource must be at, else 409. Not stored in the record. */
            expectedVersion?: number;
        };
        AuditEventBatchInput: {
            events: components["schemas"]["AuditEventInput"][];
        };
        AuditActor: {
            /** @example ana */
            id: string;
            /**
             * @example user
             * @enum {string}
             */
            actorType: "user" | "service" | "api_key" | "system";
            /** @example Ana Souza */
            name?: string;
            /** @example risk-manager */
            role?: string;
            /**
             * @description IPv4 or IPv6
             * @example 10.20.30.40
             */
            ipAddress?: string;
        };
        /** @description A stored audit event (wire contract v1, docs/INTEGRITY.md); `hash` covers every other member */
        AuditRecord: {
            /**
             * Format: uuid
             * @description UUID v7, assigned by the ledger
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01
             */
            eventId: string;
            /**
             * @description The ledger (one hash chain per ledger): the API key’s
             * @example default
             */
            ledgerId: string;
            /**
             * @description 1, 2, 3… per ledger, no gaps
             * @example 1
             */
            sequence: number;
            /**
             * @description A known type (RULE_CREATED, TRANSACTION_VALIDATED, …) or a custom one
             * @example RULE_CREATED
             */
            eventType: string;
            /**
             * @description Drata-style category (custom types)
             * @example COMPANY
             */
            category?: string;
            /**
             * @description The emitting system (custom types)
             * @example APP
             */
            source?: string;
            /**
             * @description `transaction`, `rule`, `limit` for known types
             * @example rule
             */
            resourceType: string;
            /** @example rule-7 */
            resourceId: string;
            /**
             * @description `VALIDATE`, `CREATE`, `UPDATE`, `ACTIVATE`, `DEACTIVATE`, `DELETE` for known types
             * @example CREATE
             */
            action: string;
            /**
             * @description `ALLOW`/`DENY`/`REVIEW` for validations, `SUCCESS`/`FAILED` for other known types, free text for custom ones
             * @example SUCCESS
             */
            result: string;
            description?: string;
            actor: components["schemas"]["AuditActor"];
            /**
             * @description The event’s evidence (`before`/`after`, `request`/`response`)
             * @example {
             *       "after": {
             *         "name": "High value",
             *         "expression": "amount > 10000",
             *         "action": "REVIEW"
             *       }
             *     }
             */
            context: {
                [key: string]: unknown;
            };
            /**
             * @description Free-form; `{}` when the emitter sent none. `ledgerFlags` is the ledger’s own (e.g. `ledgerFlags.beforeImageMismatch.paths`)
             * @example {
             *       "ticket": "RISK-12"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description The emitter’s time, RFC 3339
             * @example 2026-11-22T10:00:00.000Z
             */
            occurredAt?: string;
            /**
             * Format: date-time
             * @description The ledger’s time, RFC 3339 UTC with milliseconds; never decreases along a chain
             * @example 2026-11-22T10:00:00.123Z
             */
            createdAt: string;
            /**
             * @description `hash` of sequence − 1 in the same ledger; 64 zeros for sequence 1
             * @example 0000000000000000000000000000000000000000000000000000000000000000
             */
            previousHash: string;
            /**
             * @description Lowercase hex SHA-256 of the RFC 8785 serialization of the record without `hash`
             * @example 9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
             */
            hash: string;
        };
        AuditEventBatch: {
            auditEvents: components["schemas"]["AuditRecord"][];
        };
        AuditEventPage: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            auditEvents: components["schemas"]["AuditRecord"][];
        };
        AuditEventVerification: {
            /**
             * @description hashValid, both links and the store envelope hold
             * @example true
             */
            isValid: boolean;
            /**
             * @description Records of the log this call checked: the event and its stored neighbours (Tracer)
             * @example 3
             */
            totalChecked: number;
            /**
             * Format: uuid
             * @description The eventId of the first record found invalid, in chain order; absent when all is valid (Tracer)
             */
            firstInvalidId?: string;
            /**
             * Format: uuid
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01
             */
            eventId: string;
            /** @example 1 */
            sequence: number;
            /**
             * @description The hash recomputed from the log’s record matches its `hash`
             * @example true
             */
            hashValid: boolean;
            /**
             * @description `previousHash` is the hash of the record before it (64 zeros for sequence 1)
             * @example true
             */
            previousLinkValid: boolean;
            /**
             * @description The next record’s `previousHash` is this hash (true at the head)
             * @example true
             */
            nextLinkValid: boolean;
            /** @example the stored event hashes to its hash and is linked to its neighbours */
            message: string;
        };
        LedgerVerification: {
            /**
             * @description Every record of the range verified (hash, sequence, link)
             * @example true
             */
            intact: boolean;
            /** @example 1 */
            verifiedCount: number;
            /**
             * @description The first record that failed; null when intact
             * @example null
             */
            firstBrokenSequence: number | null;
            /**
             * @description Why it failed; null when intact
             * @example null
             */
            reason: string | null;
            /**
             * @description Where the next call should start; null when the requested range is done or broken
             * @example null
             */
            nextFromSequence: number | null;
        };
        LedgerHead: {
            /** @example default */
            ledgerId: string;
            /**
             * @description How many records the ledger holds
             * @example 1
             */
            length: number;
            /**
             * @description The last sequence (0 for an empty ledger)
             * @example 1
             */
            headSequence: number;
            /**
             * @description The last record’s hash (64 zeros for an empty ledger)
             * @example 9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
             */
            headHash: string;
        };
        Rule: {
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
            /**
             * @description How many events of this resource the ledger holds, SUCCESS and FAILED alike
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.123Z
             */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:05:00.000Z
             */
            activatedAt?: string;
            /** Format: date-time */
            deactivatedAt?: string;
            /** Format: date-time */
            deletedAt?: string;
            /**
             * Format: uuid
             * @description The last event of this resource, whatever its result
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d02
             */
            lastEventId?: string;
            /** @description Every attribute as last recorded (`context.after` without `status`) */
            attributes?: {
                [key: string]: unknown;
            };
            /** @example rule-7 */
            ruleId: string;
            /** @example High value */
            name?: string;
            /** @example amount > 10000 */
            expression?: string;
            /** @example REVIEW */
            action?: string;
            /** @description As recorded */
            scopes?: unknown[];
        };
        AsOfPoint: {
            /**
             * @description The ledger sequence the answer is folded to
             * @example 1
             */
            sequence: number;
            /**
             * @description The `as_of` asked for
             * @example seq:1
             */
            requested: string;
        };
        RulePage: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            rules: components["schemas"]["Rule"][];
            /** @description Only with `as_of` */
            asOf?: components["schemas"]["AsOfPoint"];
        };
        Limit: {
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
            /**
             * @description How many events of this resource the ledger holds, SUCCESS and FAILED alike
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.123Z
             */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:05:00.000Z
             */
            activatedAt?: string;
            /** Format: date-time */
            deactivatedAt?: string;
            /** Format: date-time */
            deletedAt?: string;
            /**
             * Format: uuid
             * @description The last event of this resource, whatever its result
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d02
             */
            lastEventId?: string;
            /** @description Every attribute as last recorded (`context.after` without `status`) */
            attributes?: {
                [key: string]: unknown;
            };
            /** @example limit-daily-brl */
            limitId: string;
            /** @example DAILY */
            limitType?: string;
            /**
             * @description A decimal string, as recorded (amounts never travel as JSON numbers)
             * @example 5000.00
             */
            maxAmount?: string;
            /** @example BRL */
            currency?: string;
            /** @description As recorded */
            scopes?: unknown[];
        };
        LimitPage: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            limits: components["schemas"]["Limit"][];
            /** @description Only with `as_of` */
            asOf?: components["schemas"]["AsOfPoint"];
        };
        LifecycleHistoryItem: {
            /**
             * @description The resource’s version once this event was applied
             * @example 1
             */
            version: number;
            /**
             * @description The JSON paths of the attributes this event changed
             * @example [
             *       "name",
             *       "expression",
             *       "action"
             *     ]
             */
            changedPaths: string[];
            auditEvent: components["schemas"]["AuditRecord"];
        };
        LifecycleHistory: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            /**
             * @example rule
             * @enum {string}
             */
            resourceType: "rule" | "limit";
            /** @example rule-7 */
            resourceId: string;
            history: components["schemas"]["LifecycleHistoryItem"][];
        };
        RuleAnswer: {
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
            /**
             * @description How many events of this resource the ledger holds, SUCCESS and FAILED alike
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.123Z
             */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:05:00.000Z
             */
            activatedAt?: string;
            /** Format: date-time */
            deactivatedAt?: string;
            /** Format: date-time */
            deletedAt?: string;
            /**
             * Format: uuid
             * @description The last event of this resource, whatever its result
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d02
             */
            lastEventId?: string;
            /** @description Every attribute as last recorded (`context.after` without `status`) */
            attributes?: {
                [key: string]: unknown;
            };
            /** @example rule-7 */
            ruleId: string;
            /** @example High value */
            name?: string;
            /** @example amount > 10000 */
            expression?: string;
            /** @example REVIEW */
            action?: string;
            /** @description As recorded */
            scopes?: unknown[];
            /** @description Only with `as_of` */
            asOf?: components["schemas"]["AsOfPoint"];
        };
        LimitAnswer: {
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
            /**
             * @description How many events of this resource the ledger holds, SUCCESS and FAILED alike
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.123Z
             */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:05:00.000Z
             */
            activatedAt?: string;
            /** Format: date-time */
            deactivatedAt?: string;
            /** Format: date-time */
            deletedAt?: string;
            /**
             * Format: uuid
             * @description The last event of this resource, whatever its result
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d02
             */
            lastEventId?: string;
            /** @description Every attribute as last recorded (`context.after` without `status`) */
            attributes?: {
                [key: string]: unknown;
            };
            /** @example limit-daily-brl */
            limitId: string;
            /** @example DAILY */
            limitType?: string;
            /**
             * @description A decimal string, as recorded (amounts never travel as JSON numbers)
             * @example 5000.00
             */
            maxAmount?: string;
            /** @example BRL */
            currency?: string;
            /** @description As recorded */
            scopes?: unknown[];
            /** @description Only with `as_of` */
            asOf?: components["schemas"]["AsOfPoint"];
        };
        Validation: {
            /**
             * @description The validation event’s resourceId
             * @example tx-1001
             */
            transactionId: string;
            /**
             * @description The record’s result
             * @example ALLOW
             * @enum {string}
             */
            decision: "ALLOW" | "DENY" | "REVIEW";
            /** @example acc-1 */
            accountId?: string;
            segmentId?: string;
            portfolioId?: string;
            /** @example PIX */
            transactionType?: string;
            /**
             * @description The rule ids the validator said it matched, each once, in its order
             * @example [
             *       "rule-7"
             *     ]
             */
            matchedRuleIds: string[];
            /**
             * @description As the emitter wrote it (a decimal string)
             * @example 12000.00
             */
            amount?: string;
            /** @example BRL */
            currency?: string;
            /** @example 2 */
            sequence: number;
            /**
             * Format: uuid
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d03
             */
            eventId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:06:00.000Z
             */
            createdAt: string;
            auditEvent: components["schemas"]["AuditRecord"];
        };
        ValidationPage: {
            /**
             * @description More items match beyond this page
             * @example false
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
            validations: components["schemas"]["Validation"][];
        };
        ValidationAnswer: {
            /**
             * @description The validation event’s resourceId
             * @example tx-1001
             */
            transactionId: string;
            /**
             * @description The record’s result
             * @example ALLOW
             * @enum {string}
             */
            decision: "ALLOW" | "DENY" | "REVIEW";
            /** @example acc-1 */
            accountId?: string;
            segmentId?: string;
            portfolioId?: string;
            /** @example PIX */
            transactionType?: string;
            /**
             * @description The rule ids the validator said it matched, each once, in its order
             * @example [
             *       "rule-7"
             *     ]
             */
            matchedRuleIds: string[];
            /**
             * @description As the emitter wrote it (a decimal string)
             * @example 12000.00
             */
            amount?: string;
            /** @example BRL */
            currency?: string;
            /** @example 2 */
            sequence: number;
            /**
             * Format: uuid
             * @example 0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d03
             */
            eventId: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:06:00.000Z
             */
            createdAt: string;
            auditEvent: components["schemas"]["AuditRecord"];
            /**
             * @description Every validation of the transaction in the ledger, this one included
             * @example 1
             */
            validationCount: number;
            /**
             * @description The sequences of the others, oldest first
             * @example []
             */
            earlierSequences: number[];
        };
        MatchedRuleCheck: {
            /** @example rule-7 */
            ruleId: string;
            /**
             * @description The ledger had created the rule by then
             * @example true
             */
            found: boolean;
            /**
             * @description Its status then; absent when not found
             * @example ACTIVE
             * @enum {string}
             */
            status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
            /**
             * @description Only an ACTIVE rule should have taken part in a decision
             * @example true
             */
            activeAtValidation: boolean;
        };
        ValidationContext: {
            /** @description The latest validation of the transaction */
            validation: components["schemas"]["Validation"];
            /**
             * @description Rules and limits are as they stood right after this sequence (the one before the validation)
             * @example 1
             */
            asOfSequence: number;
            /** @description Every rule the ledger had created by then, whatever its status */
            rules: components["schemas"]["Rule"][];
            limits: components["schemas"]["Limit"][];
            /**
             * @example [
             *       "rule-7"
             *     ]
             */
            activeRuleIds: string[];
            /** @example [] */
            activeLimitIds: string[];
            /** @description The validator’s matched rule ids, checked against `rules` */
            matchedRules: components["schemas"]["MatchedRuleCheck"][];
        };
        RebuildStatus: {
            /**
             * @example done
             * @enum {string}
             */
            state: "running" | "done" | "failed";
            /**
             * @description The generation it builds
             * @example 1
             */
            generation: number;
            /**
             * @description The log position it has applied
             * @example 10000
             */
            position: number;
            /**
             * @description The log position it is catching up with
             * @example 10000
             */
            targetPosition: number;
            /** @example 10000 */
            events: number;
            /** @example 52000 */
            eventsPerSecond: number;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.000Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:00:00.200Z
             */
            finishedAt?: string;
            /** @description Why it failed (summarized; the service log has it in full) */
            error?: string;
        };
        ProjectionOverview: {
            /** @example audit-event-index */
            name: string;
            /**
             * @description The live generation (0 until first rebuilt)
             * @example 1
             */
            generation: number;
            /**
             * @description The live generation has applied the log up to here
             * @example 10000
             */
            checkpoint: number;
            /** @description Its last rebuild, if any */
            rebuild?: components["schemas"]["RebuildStatus"];
            /**
             * @description Log positions the live generation has still to apply; null when the store cannot say
             * @example 0
             */
            lagEvents: number | null;
            /**
             * @example live
             * @enum {string}
             */
            status: "live" | "rebuilding";
        };
        Projections: {
            /**
             * @description The log’s head position; null when the store cannot say
             * @example 10000
             */
            headPosition: number | null;
            projections: components["schemas"]["ProjectionOverview"][];
        };
        RebuildStarted: {
            /** @example audit-event-index */
            name: string;
            /**
             * @description The generation being built
             * @example 2
             */
            generation: number;
            /**
             * @example running
             * @enum {string}
             */
            state: "running";
        };
        IntegrityFinding: {
            /** @example acme */
            ledgerId: string;
            /** @example 100 */
            sequence: number;
            /**
             * @description What disagrees: the record with its own hash, sequence or link; the store envelope (envelope-*); the read models (index-*, tree-leaf-differs, head-differs)
             * @example index-differs
             */
            kind: string;
            /**
             * @description A sentence saying what disagrees with what
             * @example the audit-event index holds another record at sequence 100 than the log
             */
            detail: string;
            /**
             * Format: date-time
             * @example 2026-12-03T10:00:00.000Z
             */
            firstSeenAt: string;
            /**
             * Format: date-time
             * @example 2026-12-03T11:00:00.000Z
             */
            lastSeenAt: string;
            /**
             * Format: date-time
             * @description Null while open: the latest full walk still found it
             * @example null
             */
            resolvedAt: string | null;
        };
        IntegrityFindingsPage: {
            /** @example acme */
            ledgerId: string;
            /**
             * @description The ledger's open findings
             * @example 0
             */
            openFindings: number;
            /**
             * @description Open findings counted by kind
             * @example {}
             */
            byKind: {
                [key: string]: number;
            };
            findings: components["schemas"]["IntegrityFinding"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last
             * @example null
             */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/health",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready: which check is not, and why (while shutting down: a Problem with code LEDGER.SHUTTING_DOWN) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP ledger_appended_events_total Audit events durably appended
                     *     # TYPE ledger_appended_events_total counter
                     *     ledger_appended_events_total{ledger="default"} 1
                     */
                    "text/plain": string;
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/metrics",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/metrics",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/metrics",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/metrics",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed note: origin, tree size, base64 Merkle root, a blank line, one signature line per key */
            200: {
                headers: {
                    /** @description `no-cache` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example audit-ledger.localhost/default
                     *     1
                     *     mx8sPU5fYHGCk6S1xtfo+QobLD1OX2BxgpOktcbX6Pk=
                     *
                     *     — audit-ledger.localhost Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyCE7cLQ7iPkpHQ=
                     */
                    "text/plain": string;
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/checkpoint",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/checkpoint",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint signed yet (an empty ledger) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "title": "No signed checkpoint yet",
                     *       "status": 404,
                     *       "detail": "No signed checkpoint yet",
                     *       "instance": "/v1/ledger/checkpoint",
                     *       "code": "LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/checkpoint",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The log contradicts a checkpoint already signed (an operator must investigate), or the service is shutting down */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.LOG_CONTRADICTS_CHECKPOINT",
                     *       "title": "The log contradicts a signed checkpoint; an operator must investigate",
                     *       "status": 503,
                     *       "detail": "The log contradicts a signed checkpoint; an operator must investigate",
                     *       "instance": "/v1/ledger/checkpoint",
                     *       "code": "LEDGER.LOG_CONTRADICTS_CHECKPOINT",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCheckpointAlias1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed note: origin, tree size, base64 Merkle root, a blank line, one signature line per key */
            200: {
                headers: {
                    /** @description `no-cache` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example audit-ledger.localhost/default
                     *     1
                     *     mx8sPU5fYHGCk6S1xtfo+QobLD1OX2BxgpOktcbX6Pk=
                     *
                     *     — audit-ledger.localhost Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyCE7cLQ7iPkpHQ=
                     */
                    "text/plain": string;
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/tlog/checkpoint",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/tlog/checkpoint",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint signed yet (an empty ledger) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "title": "No signed checkpoint yet",
                     *       "status": 404,
                     *       "detail": "No signed checkpoint yet",
                     *       "instance": "/v1/ledger/tlog/checkpoint",
                     *       "code": "LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/tlog/checkpoint",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The log contradicts a checkpoint already signed (an operator must investigate), or the service is shutting down */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.LOG_CONTRADICTS_CHECKPOINT",
                     *       "title": "The log contradicts a signed checkpoint; an operator must investigate",
                     *       "status": 503,
                     *       "detail": "The log contradicts a signed checkpoint; an operator must investigate",
                     *       "instance": "/v1/ledger/tlog/checkpoint",
                     *       "code": "LEDGER.LOG_CONTRADICTS_CHECKPOINT",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCheckpointKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verifier key, one line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example audit-ledger.localhost+1a2b3c4d+AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXx */
                    "text/plain": string;
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/checkpoint-key",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/checkpoint-key",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/checkpoint-key",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/checkpoint-key",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckpoints: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, largest tree size first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointPage"];
                };
            };
            /** @description A bad limit, or a cursor that is not a previous nextCursor (`LEDGER.INVALID_CURSOR`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/ledger/checkpoints",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/checkpoints",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/checkpoints",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/checkpoints",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/checkpoints",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsistencyProof: {
        parameters: {
            query: {
                /** @description The size of the checkpoint you kept */
                from_size: number;
                /** @description Default: the latest checkpoint's size */
                to_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof between the two sizes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProof"];
                };
            };
            /** @description from_size missing, not an integer ≥ 1, larger than to_size, or a size beyond the tree */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint signed yet, and to_size not given */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "title": "No signed checkpoint yet",
                     *       "status": 404,
                     *       "detail": "No signed checkpoint yet",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "LEDGER.CHECKPOINT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/consistency-proof",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTlogTile: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: 304 when it names this tile */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The rest of the C2SP tile path, slashes unescaped: `<L>/<N>[.p/<W>]` (hash tile) or `entries/<N>[.p/<W>]` (entry bundle); `<N>` in groups of three digits (`x001/234`) */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tile’s bytes (a hash tile: 32 bytes per hash; an entry bundle: each leaf with a uint16 length) */
            200: {
                headers: {
                    /** @description Strong: base64url SHA-256 of the bytes */
                    ETag?: string;
                    /** @description `private, max-age=31536000, immutable` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description If-None-Match named this tile’s ETag (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/tlog/tile/{path}",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/tlog/tile/{path}",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a tile path, or a tile the tree does not hold yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.TILE_NOT_FOUND",
                     *       "title": "No such tile",
                     *       "status": 404,
                     *       "detail": "No such tile",
                     *       "instance": "/v1/ledger/tlog/tile/{path}",
                     *       "code": "LEDGER.TILE_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/tlog/tile/{path}",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/tlog/tile/{path}",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLedger: {
        parameters: {
            query?: {
                from_sequence?: number;
                /** @description Default: the ledger head */
                to_sequence?: number;
                /** @description createdAt ≥ start_date (RFC 3339) */
                start_date?: string;
                /** @description createdAt < end_date (RFC 3339) */
                end_date?: string;
                /** @description A known type, or a custom one by its exact name */
                event_type?: string;
                action?: string;
                result?: string;
                resource_type?: string;
                resource_id?: string;
                actor_type?: "user" | "service" | "api_key" | "system";
                actor_id?: string;
                category?: string;
                source?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request accountId, account.id or account.accountId */
                account_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request segmentId, segment.id or segment.segmentId */
                segment_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request portfolioId, portfolio.id or portfolio.portfolioId */
                portfolio_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request transactionType or type */
                transaction_type?: "CARD" | "WIRE" | "PIX" | "CRYPTO";
                /** @description TRANSACTION_VALIDATED events only, by one of the rule ids of context.response matchedRuleIds or matchedRules */
                matched_rule_id?: string;
                format?: "ndjson" | "csv" | "cloudevents";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records in sequence order, streamed, in the asked format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {"eventId":"0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01","ledgerId":"default","sequence":1,"eventType":"RULE_CREATED","resourceType":"rule","resourceId":"rule-7","action":"CREATE","result":"SUCCESS","actor":{"id":"ana","actorType":"user"},"context":{"after":{"name":"High value"}},"metadata":{},"createdAt":"2026-11-22T10:00:00.123Z","previousHash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"} */
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description A bad range (to_sequence beyond the head, from_sequence after to_sequence, not integers ≥ 1), filter or format */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/ledger/export",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/export",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/export",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/export",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/export",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInclusionProof: {
        parameters: {
            query?: {
                /** @description The tree size to prove inclusion in. Default: the latest checkpoint's size */
                tree_size?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit path from the event’s leaf to the root of the tree of treeSize */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionProof"];
                };
            };
            /** @description eventId is not a UUID, or tree_size is beyond the tree or does not hold the event */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown event (or in another ledger), or no checkpoint signed yet when tree_size is not given (`LEDGER.CHECKPOINT_NOT_FOUND`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "title": "No such audit event",
                     *       "status": 404,
                     *       "detail": "No such audit event",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/audit-events/{eventId}/inclusion-proof",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAuditEventBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description ≤ 255 visible ASCII characters */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditEventBatchInput"];
            };
        };
        responses: {
            /** @description Replay of an earlier batch with the same Idempotency-Key and body: the original records */
            200: {
                headers: {
                    /** @description Always `true` on a replay */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventBatch"];
                };
            };
            /** @description All stored with contiguous sequences, in request order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventBatch"];
                };
            };
            /** @description A bad event refuses the whole batch: `errors[]` paths name `events[i]`; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.BATCH_INVALID",
                     *       "title": "The batch is invalid; nothing was stored",
                     *       "status": 400,
                     *       "detail": "events[2].actor.actorType: actorType must be one of user, service, api_key, system",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "LEDGER.BATCH_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "events[2].actor.actorType",
                     *           "message": "actorType must be one of user, service, api_key, system"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with a different body, or a rule/limit event conflicts with the resource’s lifecycle (`LEDGER.RULE_*`, `LEDGER.LIMIT_*`: already exists, unknown, deleted, already active, not active, `…_VERSION_MISMATCH` for expectedVersion, `…_BEFORE_MISMATCH`); nothing was stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.IDEMPOTENCY_KEY_REUSED",
                     *       "title": "Idempotency-Key already used for a different request",
                     *       "status": 409,
                     *       "detail": "Idempotency-Key already used for a different request",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "LEDGER.IDEMPOTENCY_KEY_REUSED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than LEDGER_BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:HTTP.PAYLOAD_TOO_LARGE",
                     *       "title": "The request body is too large",
                     *       "status": 413,
                     *       "detail": "The request body is too large",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "HTTP.PAYLOAD_TOO_LARGE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:HTTP.UNSUPPORTED_MEDIA_TYPE",
                     *       "title": "Send application/json",
                     *       "status": 415,
                     *       "detail": "Send application/json",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "HTTP.UNSUPPORTED_MEDIA_TYPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing was stored; retry after Retry-After: the ledger is busy (`LEDGER.CONTENTION`), the read models are behind (`LEDGER.READ_MODELS_BEHIND`), the log contradicts a signed checkpoint (`LEDGER.LOG_CONTRADICTS_CHECKPOINT`), the store is unreachable (`STORE.UNAVAILABLE`) or the service is shutting down (`LEDGER.SHUTTING_DOWN`) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.CONTENTION",
                     *       "title": "The ledger is busy; retry",
                     *       "status": 503,
                     *       "detail": "The ledger is busy; retry",
                     *       "instance": "/v1/audit-events/batch",
                     *       "code": "LEDGER.CONTENTION",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
                /** @description createdAt ≥ start_date (RFC 3339) */
                start_date?: string;
                /** @description createdAt < end_date (RFC 3339) */
                end_date?: string;
                /** @description By ledger sequence; any letter case */
                sort_order?: "ASC" | "DESC";
                /** @description A known type, or a custom one by its exact name */
                event_type?: string;
                action?: string;
                result?: string;
                resource_type?: string;
                resource_id?: string;
                actor_type?: "user" | "service" | "api_key" | "system";
                actor_id?: string;
                category?: string;
                source?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request accountId, account.id or account.accountId */
                account_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request segmentId, segment.id or segment.segmentId */
                segment_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request portfolioId, portfolio.id or portfolio.portfolioId */
                portfolio_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request transactionType or type */
                transaction_type?: "CARD" | "WIRE" | "PIX" | "CRYPTO";
                /** @description TRANSACTION_VALIDATED events only, by one of the rule ids of context.response matchedRuleIds or matchedRules */
                matched_rule_id?: string;
                /** @description created_at: ledger order; event_type: by type, then ledger order */
                sort_by?: "created_at" | "createdAt" | "event_type" | "eventType";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; follow nextCursor while hasMore */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description A bad filter, limit or cursor (`LEDGER.REQUEST_INVALID`, `LEDGER.INVALID_CURSOR`); unknown parameters are refused */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/audit-events",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/audit-events",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAuditEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description ≤ 255 visible ASCII characters */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditEventInput"];
            };
        };
        responses: {
            /** @description Replay of an earlier request with the same Idempotency-Key and body: the original record */
            200: {
                headers: {
                    /** @description /v1/audit-events/{eventId} */
                    Location?: string;
                    /** @description Always `true` on a replay */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecord"];
                };
            };
            /** @description Stored; the body is the sealed record, in exactly the text GET /v1/audit-events/{eventId} serves */
            201: {
                headers: {
                    /** @description /v1/audit-events/{eventId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecord"];
                };
            };
            /** @description Bad input (query, path parameter, header or body): `errors[]` names every violation by path; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_INVALID",
                     *       "title": "The audit event is invalid",
                     *       "status": 400,
                     *       "detail": "actor.actorType: actorType must be one of user, service, api_key, system",
                     *       "instance": "/v1/audit-events",
                     *       "code": "LEDGER.AUDIT_EVENT_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "actor.actorType",
                     *           "message": "actorType must be one of user, service, api_key, system"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with a different body, or a rule/limit event conflicts with the resource’s lifecycle (`LEDGER.RULE_*`, `LEDGER.LIMIT_*`: already exists, unknown, deleted, already active, not active, `…_VERSION_MISMATCH` for expectedVersion, `…_BEFORE_MISMATCH`); nothing was stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.IDEMPOTENCY_KEY_REUSED",
                     *       "title": "Idempotency-Key already used for a different request",
                     *       "status": 409,
                     *       "detail": "Idempotency-Key already used for a different request",
                     *       "instance": "/v1/audit-events",
                     *       "code": "LEDGER.IDEMPOTENCY_KEY_REUSED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than LEDGER_BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:HTTP.PAYLOAD_TOO_LARGE",
                     *       "title": "The request body is too large",
                     *       "status": 413,
                     *       "detail": "The request body is too large",
                     *       "instance": "/v1/audit-events",
                     *       "code": "HTTP.PAYLOAD_TOO_LARGE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:HTTP.UNSUPPORTED_MEDIA_TYPE",
                     *       "title": "Send application/json",
                     *       "status": 415,
                     *       "detail": "Send application/json",
                     *       "instance": "/v1/audit-events",
                     *       "code": "HTTP.UNSUPPORTED_MEDIA_TYPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing was stored; retry after Retry-After: the ledger is busy (`LEDGER.CONTENTION`), the read models are behind (`LEDGER.READ_MODELS_BEHIND`), the log contradicts a signed checkpoint (`LEDGER.LOG_CONTRADICTS_CHECKPOINT`), the store is unreachable (`STORE.UNAVAILABLE`) or the service is shutting down (`LEDGER.SHUTTING_DOWN`) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.CONTENTION",
                     *       "title": "The ledger is busy; retry",
                     *       "status": 503,
                     *       "detail": "The ledger is busy; retry",
                     *       "instance": "/v1/audit-events",
                     *       "code": "LEDGER.CONTENTION",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamAuditEvents: {
        parameters: {
            query?: {
                /** @description createdAt ≥ start_date (RFC 3339) */
                start_date?: string;
                /** @description createdAt < end_date (RFC 3339) */
                end_date?: string;
                /** @description A known type, or a custom one by its exact name */
                event_type?: string;
                action?: string;
                result?: string;
                resource_type?: string;
                resource_id?: string;
                actor_type?: "user" | "service" | "api_key" | "system";
                actor_id?: string;
                category?: string;
                source?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request accountId, account.id or account.accountId */
                account_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request segmentId, segment.id or segment.segmentId */
                segment_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request portfolioId, portfolio.id or portfolio.portfolioId */
                portfolio_id?: string;
                /** @description TRANSACTION_VALIDATED events only, by context.request transactionType or type */
                transaction_type?: "CARD" | "WIRE" | "PIX" | "CRYPTO";
                /** @description TRANSACTION_VALIDATED events only, by one of the rule ids of context.response matchedRuleIds or matchedRules */
                matched_rule_id?: string;
            };
            header?: {
                /** @description The sequence of the last event received */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless text/event-stream: one event per record (`id`, `event`, `data`), `:` comments as heartbeats, a last `stream-ended` event ({reason, lastEventId}) when the service cuts it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 42
                     *     event: RULE_CREATED
                     *     data: {"eventId":"0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01","sequence":42,"…":"…"}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description A bad filter or Last-Event-ID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/audit-events/stream",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events/stream",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events/stream",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events/stream",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description LEDGER_MAX_STREAMS streams are open already (`LEDGER.TOO_MANY_STREAMS`), or the service is shutting down */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/audit-events/stream",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict (a broken chain is 200 with isValid false, not an error) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventVerification"];
                };
            };
            /** @description eventId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "eventId: eventId must be a UUID",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "eventId",
                     *           "message": "eventId must be a UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or in another ledger */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "title": "No such audit event",
                     *       "status": 404,
                     *       "detail": "No such audit event",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/audit-events/{eventId}/verify",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier answer: 304 when it names this record */
                "If-None-Match"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record (wire contract v1, docs/INTEGRITY.md), exactly as stored; immutable */
            200: {
                headers: {
                    /** @description Strong: `"<hash>"` */
                    ETag?: string;
                    /** @description `private, max-age=31536000, immutable` */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecord"];
                };
            };
            /** @description If-None-Match named this record’s ETag (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description eventId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "eventId: eventId must be a UUID",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "eventId",
                     *           "message": "eventId must be a UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or in another ledger */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "title": "No such audit event",
                     *       "status": 404,
                     *       "detail": "No such audit event",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "LEDGER.AUDIT_EVENT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/audit-events/{eventId}",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyLedger: {
        parameters: {
            query?: {
                from_sequence?: number;
                /** @description Default: the ledger head */
                to_sequence?: number;
                max_records?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict for the range, and where to continue (a broken chain is 200 with intact false) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerVerification"];
                };
            };
            /** @description Bad input (query, path parameter, header or body): `errors[]` names every violation by path; nothing was stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/ledger/verify",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger/verify",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger/verify",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger/verify",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger/verify",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The head (length 0 and 64 zeros for an empty ledger) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerHead"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/ledger",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/ledger",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/ledger",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/ledger",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRules: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
                status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
                /** @description Name starts with this (case-sensitive) */
                name?: string;
                /** @description One of the ids in the scopes (accountId, segmentId, portfolioId, …) */
                scope_id?: string;
                /** @description The state as it stood then: seq:<n> or an RFC 3339 date-time */
                as_of?: string;
                action?: "ALLOW" | "DENY" | "REVIEW";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rules by id (with asOf when as_of was given) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulePage"];
                };
            };
            /** @description A bad filter, as_of, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/rules",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/rules",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/rules",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/rules",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/rules",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLimits: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
                status?: "DRAFT" | "ACTIVE" | "INACTIVE" | "DELETED";
                /** @description Name starts with this (case-sensitive) */
                name?: string;
                /** @description One of the ids in the scopes (accountId, segmentId, portfolioId, …) */
                scope_id?: string;
                /** @description The state as it stood then: seq:<n> or an RFC 3339 date-time */
                as_of?: string;
                limit_type?: "PER_TRANSACTION" | "DAILY" | "WEEKLY" | "MONTHLY" | "CUSTOM";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of limits by id (with asOf when as_of was given) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitPage"];
                };
            };
            /** @description A bad filter, as_of, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/limits",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/limits",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/limits",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/limits",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/limits",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRuleHistory: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The resourceId of its events (1 to 256 characters) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of its history, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleHistory"];
                };
            };
            /** @description A bad id or query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger holds no event of it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.RULE_NOT_FOUND",
                     *       "title": "No such rule",
                     *       "status": 404,
                     *       "detail": "No such rule",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "LEDGER.RULE_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/rules/{id}/history",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLimitHistory: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The resourceId of its events (1 to 256 characters) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of its history, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleHistory"];
                };
            };
            /** @description A bad id or query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger holds no event of it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.LIMIT_NOT_FOUND",
                     *       "title": "No such limit",
                     *       "status": 404,
                     *       "detail": "No such limit",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "LEDGER.LIMIT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/limits/{id}/history",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRule: {
        parameters: {
            query?: {
                /** @description The state as it stood then: seq:<n> or an RFC 3339 date-time */
                as_of?: string;
            };
            header?: never;
            path: {
                /** @description The resourceId of its events (1 to 256 characters) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule (with asOf when as_of was given) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleAnswer"];
                };
            };
            /** @description A bad id or query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger holds no successful creation of it (by then) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.RULE_NOT_FOUND",
                     *       "title": "No such rule",
                     *       "status": 404,
                     *       "detail": "No such rule",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "LEDGER.RULE_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/rules/{id}",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLimit: {
        parameters: {
            query?: {
                /** @description The state as it stood then: seq:<n> or an RFC 3339 date-time */
                as_of?: string;
            };
            header?: never;
            path: {
                /** @description The resourceId of its events (1 to 256 characters) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limit (with asOf when as_of was given) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitAnswer"];
                };
            };
            /** @description A bad id or query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The ledger holds no successful creation of it (by then) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.LIMIT_NOT_FOUND",
                     *       "title": "No such limit",
                     *       "status": 404,
                     *       "detail": "No such limit",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "LEDGER.LIMIT_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/limits/{id}",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listValidations: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
                /** @description createdAt ≥ start_date (RFC 3339) */
                start_date?: string;
                /** @description createdAt < end_date (RFC 3339) */
                end_date?: string;
                /** @description By ledger sequence; any letter case */
                sort_order?: "ASC" | "DESC";
                /** @description The decision */
                result?: "ALLOW" | "DENY" | "REVIEW";
                account_id?: string;
                segment_id?: string;
                portfolio_id?: string;
                transaction_type?: string;
                /** @description One of the rule ids the validator said it matched */
                matched_rule_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page; follow nextCursor while hasMore */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationPage"];
                };
            };
            /** @description A bad filter, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/validations",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/validations",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/validations",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/validations",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/validations",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getValidation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transaction id (the validation event’s resourceId) */
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its latest validation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationAnswer"];
                };
            };
            /** @description transactionId is not 1 to 256 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "transactionId: transactionId must be 1 to 256 characters",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "transactionId",
                     *           "message": "transactionId must be 1 to 256 characters"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No validation of it in this ledger */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.VALIDATION_NOT_FOUND",
                     *       "title": "No such transaction validation",
                     *       "status": 404,
                     *       "detail": "No such transaction validation",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "LEDGER.VALIDATION_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/validations/{transactionId}",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getValidationContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The transaction id (the validation event’s resourceId) */
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The validation and what it was decided against */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationContext"];
                };
            };
            /** @description transactionId is not 1 to 256 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "transactionId: transactionId must be 1 to 256 characters",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "transactionId",
                     *           "message": "transactionId must be 1 to 256 characters"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No validation of it in this ledger */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.VALIDATION_NOT_FOUND",
                     *       "title": "No such transaction validation",
                     *       "status": 404,
                     *       "detail": "No such transaction validation",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "LEDGER.VALIDATION_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/validations/{transactionId}/context",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every read model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Projections"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/admin/projections",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/admin/projections",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/admin/projections",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/admin/projections",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rebuildProjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A read model: audit-event-index, ledger-heads, resource-lifecycles, validation-index, merkle-tiles */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started; follow GET /v1/admin/projections */
            202: {
                headers: {
                    /** @description /v1/admin/projections */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildStarted"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No read model of that name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.PROJECTION_NOT_FOUND",
                     *       "title": "No such projection",
                     *       "status": 404,
                     *       "detail": "No such projection",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "LEDGER.PROJECTION_NOT_FOUND",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rebuild of it is already running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REBUILD_IN_PROGRESS",
                     *       "title": "A rebuild of this projection is already running",
                     *       "status": 409,
                     *       "detail": "A rebuild of this projection is already running",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "LEDGER.REBUILD_IN_PROGRESS",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/admin/projections/{name}/rebuild",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntegrityFindings: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Opaque cursor from a previous page (nextCursor); empty or absent for the first page */
                cursor?: string;
                /** @description open: only findings the latest walk still saw */
                status?: "open" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of findings in sequence order; follow nextCursor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrityFindingsPage"];
                };
            };
            /** @description A bad status, limit or cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.REQUEST_INVALID",
                     *       "title": "The request is invalid",
                     *       "status": 400,
                     *       "detail": "limit: limit must be at most 1000",
                     *       "instance": "/v1/admin/integrity",
                     *       "code": "LEDGER.REQUEST_INVALID",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90",
                     *       "errors": [
                     *         {
                     *           "path": "limit",
                     *           "message": "limit must be at most 1000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key (X-API-Key or Authorization: Bearer), or an unknown one */
            401: {
                headers: {
                    /** @description How to authenticate (RFC 9110 §11.6.1) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_API_KEY",
                     *       "title": "An API key is required",
                     *       "status": 401,
                     *       "detail": "An API key is required",
                     *       "instance": "/v1/admin/integrity",
                     *       "code": "AUTH.MISSING_API_KEY",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key lacks a scope this operation requires */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.MISSING_SCOPE",
                     *       "title": "The API key lacks a required scope",
                     *       "status": 403,
                     *       "detail": "The API key lacks a required scope",
                     *       "instance": "/v1/admin/integrity",
                     *       "code": "AUTH.MISSING_SCOPE",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key is over its rate limit: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds until the key may call again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:AUTH.RATE_LIMITED",
                     *       "title": "The API key is over its rate limit",
                     *       "status": 429,
                     *       "detail": "The API key is over its rate limit",
                     *       "instance": "/v1/admin/integrity",
                     *       "code": "AUTH.RATE_LIMITED",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:audit-ledger:problem:LEDGER.SHUTTING_DOWN",
                     *       "title": "The service is shutting down; retry on another instance",
                     *       "status": 503,
                     *       "detail": "The service is shutting down; retry on another instance",
                     *       "instance": "/v1/admin/integrity",
                     *       "code": "LEDGER.SHUTTING_DOWN",
                     *       "requestId": "3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
