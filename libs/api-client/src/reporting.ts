/**
 * Generated from docs/openapi/reporting.json by openapi-typescript (npm run api-client); do not edit.
 */
export interface paths {
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log in order, a page at a time, with its hash chain, for shipping to another system */
        get: operations["AuditLogController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walks the whole hash chain and names every altered, missing or re-linked entry */
        get: operations["AuditLogController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's consumer lag per topic and partition, its dead letters (kept on the topics, and its own waiting to be sent back) and its outbox backlog; counts only */
        get: operations["OperationsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's dead letters that wait to be sent back, oldest first, a page at a time: ids, topic, offsets, reason and time; never the message's content */
        get: operations["OperationsController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a dead letter back to the service's own consumer after its cause was fixed: decoded, put through the inbox and the topic's handler like a new message, and settled, in one transaction. Sending it back again does nothing (`already-settled`). Every call is audited */
        post: operations["OperationsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discards a dead letter that will not be sent back (invalid, no longer wanted, or its message removed): settled as discarded, its message cleared, it leaves the list. Discarding it again does nothing (`already-settled`). Every call is audited */
        post: operations["OperationsController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/full/{statistic}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statistic with every count, for the coordination team: any whole months (at most ten years), any area, any breakdown. JSON, CSV or XLSX */
        get: operations["StatisticsController_full"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/municipality/{statistic}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statistic for the whole municipality with small counts suppressed (the Lokalråd): one calendar year, at most one breakdown */
        get: operations["StatisticsController_municipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistics/areas/{areaId}/{statistic}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A statistic for one local area with small counts suppressed: a network group's own area (the coordination team may ask for any) */
        get: operations["StatisticsController_area"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's address: redirects to the widest dashboard the caller may see (all counts, the municipality, or their own area) */
        get: operations["DashboardController_entry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/fuld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard with every count, for the coordination team: one year, the whole municipality or one area */
        get: operations["DashboardController_full"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/kommune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard for the whole municipality with small counts hidden (the Lokalråd): one year, the areas side by side */
        get: operations["DashboardController_municipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/omraader/{areaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard of one local area with small counts hidden: a network group's own area (the coordination team may open any) */
        get: operations["DashboardController_area"];
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
        AuditEntryDto: {
            seq: number;
            /** Format: date-time */
            recordedAt: string;
            /** @description Token subject, or anonymous */
            actor: string;
            actorRoles: string[];
            /** @example GET /police-lists/:id */
            action: string;
            permission: string | null;
            resource: string;
            /** @enum {string} */
            decision: "allow" | "deny";
            reason: string;
            prevHash: string;
            hash: string;
        };
        AuditLogPageDto: {
            entries: components["schemas"]["AuditEntryDto"][];
            /** @description Pass as `after` for the next page */
            next: number | null;
        };
        ChainHeadDto: {
            seq: number;
            hash: string;
        };
        ChainProblemDto: {
            seq: number;
            /** @enum {string} */
            problem: "altered" | "missing" | "relinked";
            detail: string;
        };
        ChainVerificationDto: {
            ok: boolean;
            entriesChecked: number;
            head: components["schemas"]["ChainHeadDto"] | null;
            problems: components["schemas"]["ChainProblemDto"][];
        };
        ReadingDto: {
            /** @description False when the latest reading failed or took longer than 2 s; the values are then the last good ones */
            ok: boolean;
            /**
             * Format: date-time
             * @description When the values shown were read; null until a reading succeeded
             */
            readAt: string | null;
        };
        PartitionLagDto: {
            partition: number;
            /** @description Messages the service's consumer group has not committed yet */
            lag: number;
        };
        ConsumedTopicStatusDto: {
            /**
             * @description The catalogue name
             * @example ssp.incident.recorded.v2
             */
            topic: string;
            /** @description The sum over the partitions; null until a reading of the broker succeeded */
            lag: number | null;
            partitions: components["schemas"]["PartitionLagDto"][];
            /** @description Messages kept on `<topic>.dlq`, written by every consumer group of the topic; null until a reading succeeded */
            deadLettersOnTopic: number | null;
            /** @description This service's dead letters of the topic that wait to be sent back */
            deadLettersWaiting: number;
        };
        ConsumerStatusDto: {
            /** @description The broker's offsets (lag and dead-letter topics) */
            reading: components["schemas"]["ReadingDto"];
            topics: components["schemas"]["ConsumedTopicStatusDto"][];
        };
        OutboxStatusDto: {
            reading: components["schemas"]["ReadingDto"];
            /** @description Events committed and not yet published */
            backlog: number | null;
            /** @description How long the oldest of them has waited; 0 when there is none */
            oldestAgeSeconds: number | null;
        };
        OperationsStatusDto: {
            /** @example case-coordination */
            service: string;
            consumer: components["schemas"]["ConsumerStatusDto"];
            outbox: components["schemas"]["OutboxStatusDto"];
            /** @description Dead letters of all topics that wait to be sent back */
            deadLettersWaiting: number;
        };
        WaitingDeadLetterDto: {
            /**
             * Format: uuid
             * @description For `POST /operations/dead-letters/{id}/resend` and `/discard`
             */
            id: string;
            /** @description The original topic (catalogue name) */
            topic: string;
            originalPartition: number;
            /** @description A decimal string (Kafka offsets pass 2^53) */
            originalOffset: string;
            /** @description Where it lies on `<topic>.dlq` */
            dlqPartition: number | null;
            dlqOffset: string | null;
            /** @description The envelope's event id, when the message has one */
            eventId: string | null;
            eventType: string | null;
            /** @description Why it was dead-lettered, or why the latest send-back failed again */
            reason: string;
            /**
             * Format: date-time
             * @description When it was first dead-lettered; the list is ordered by it (and the id), which a failed send-back does not change
             */
            failedAt: string;
            /**
             * Format: date-time
             * @description When it last failed: dead-lettered again, or sent back and failed again
             */
            lastFailedAt: string;
            /**
             * @description `retention`: the message was removed after `DEAD_LETTER_RETENTION_DAYS`. `erasure`: the person it concerns was erased. Either way it can no longer be sent back, only discarded. Null while the message is kept
             * @enum {string|null}
             */
            contentRemoved: "retention" | "erasure" | null;
        };
        WaitingDeadLettersPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            items: components["schemas"]["WaitingDeadLetterDto"][];
        };
        ResendOutcomeDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `handled`: applied now. `duplicate`: the inbox already had the event (it came again another way), nothing applied. `already-settled`: sent back before; nothing done
             * @enum {string}
             */
            outcome: "handled" | "duplicate" | "already-settled";
        };
        DiscardOutcomeDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `discarded`: settled as discarded now, its message cleared. `already-settled`: sent back or discarded before; nothing done
             * @enum {string}
             */
            outcome: "discarded" | "already-settled";
        };
        KeyColumnDto: {
            /** @example area */
            id: string;
            /** @example Område */
            heading: string;
        };
        StatisticRowDto: {
            /**
             * @example {
             *       "area": "randers-c"
             *     }
             */
            keys: {
                [key: string]: string;
            };
            /**
             * @example {
             *       "area": "Randers C"
             *     }
             */
            labels: {
                [key: string]: string;
            };
            /** @enum {string} */
            unit: "count" | "days" | "percent";
            /** @description One per column; null where suppressed or empty */
            values: number[] | null;
            suppressed: boolean[];
            total: number | null;
            totalSuppressed: boolean;
        };
        SuppressionDto: {
            threshold: number;
            /** @description How many values (cells and totals) are hidden */
            hiddenValues: number;
        };
        StatisticTableDto: {
            /** @enum {string} */
            statistic: "overview" | "incidents" | "young-people" | "repeat-rate" | "cases" | "decisions" | "interventions" | "time-to-decision" | "meetings" | "area-alerts" | "initiatives";
            title: string;
            /** @enum {string} */
            audience: "full" | "municipality" | "area";
            areaId: string | null;
            /** @enum {string} */
            period: "month" | "quarter";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            keyColumns: components["schemas"]["KeyColumnDto"][];
            /**
             * @example [
             *       "2026-01",
             *       "2026-02"
             *     ]
             */
            columns: string[];
            rows: components["schemas"]["StatisticRowDto"][];
            columnTotals: number[] | null;
            columnTotalsSuppressed: boolean[] | null;
            grandTotal: number | null;
            grandTotalSuppressed: boolean;
            suppression: components["schemas"]["SuppressionDto"] | null;
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
    AuditLogController_page: {
        parameters: {
            query?: {
                /** @description The last seq the receiver already has; 0 for the start. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditLogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsStatusDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_deadLetters: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingDeadLettersPageDto"];
                };
            };
            /** @description `page-limit-out-of-range`, `page-cursor-unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendOutcomeDto"];
                };
            };
            /** @description `dead-letter-id-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-not-found`: no dead letter of this service has the id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-still-failing` (with `reason`): the handler failed again; it keeps waiting. `dead-letter-invalid` (with `reason`): the message itself is invalid. `dead-letter-content-removed` (with `contentRemoved`): its message was removed by retention or an erasure. `dead-letter-topic-not-handled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscardOutcomeDto"];
                };
            };
            /** @description `dead-letter-id-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-not-found`: no dead letter of this service has the id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_full: {
        parameters: {
            query?: {
                /** @description Months by default. Suppressed counts of young people come in one kind per audience: the municipality's by month, an area's by quarter */
                period?: "month" | "quarter";
                /** @description Comma-separated breakdown of the rows: area, offenceCategory, ageBand, role (which ones depends on the statistic; suppressed audiences at most one) */
                groupBy?: string;
                /** @description Overrides the Accept header: JSON, CSV as Danish Excel opens it, or XLSX */
                format?: "json" | "csv" | "xlsx";
                /** @description First month; January of this year when left out */
                from?: string;
                /** @description Last month (included); December of this year when left out */
                to?: string;
                /** @description Only this local area */
                areaId?: string;
            };
            header?: never;
            path: {
                statistic: "overview" | "incidents" | "young-people" | "repeat-rate" | "cases" | "decisions" | "interventions" | "time-to-decision" | "meetings" | "area-alerts" | "initiatives";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticTableDto"];
                    "text/csv": components["schemas"]["StatisticTableDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StatisticTableDto"];
                };
            };
            /** @description A query field that does not fit the statistic (named in the message) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_municipality: {
        parameters: {
            query?: {
                /** @description Months by default. Suppressed counts of young people come in one kind per audience: the municipality's by month, an area's by quarter */
                period?: "month" | "quarter";
                /** @description Comma-separated breakdown of the rows: area, offenceCategory, ageBand, role (which ones depends on the statistic; suppressed audiences at most one) */
                groupBy?: string;
                /** @description Overrides the Accept header: JSON, CSV as Danish Excel opens it, or XLSX */
                format?: "json" | "csv" | "xlsx";
                /** @description The calendar year; this year when left out */
                year?: number;
            };
            header?: never;
            path: {
                statistic: "overview" | "incidents" | "young-people" | "repeat-rate" | "cases" | "decisions" | "interventions" | "time-to-decision" | "meetings" | "area-alerts" | "initiatives";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticTableDto"];
                    "text/csv": components["schemas"]["StatisticTableDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StatisticTableDto"];
                };
            };
            /** @description A query field that does not fit the statistic (named in the message) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_area: {
        parameters: {
            query?: {
                /** @description Months by default. Suppressed counts of young people come in one kind per audience: the municipality's by month, an area's by quarter */
                period?: "month" | "quarter";
                /** @description Comma-separated breakdown of the rows: area, offenceCategory, ageBand, role (which ones depends on the statistic; suppressed audiences at most one) */
                groupBy?: string;
                /** @description Overrides the Accept header: JSON, CSV as Danish Excel opens it, or XLSX */
                format?: "json" | "csv" | "xlsx";
                /** @description The calendar year; this year when left out */
                year?: number;
            };
            header?: never;
            path: {
                /** @description A local area (lokalområde) id */
                areaId: string;
                statistic: "overview" | "incidents" | "young-people" | "repeat-rate" | "cases" | "decisions" | "interventions" | "time-to-decision" | "area-alerts" | "initiatives";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticTableDto"];
                    "text/csv": components["schemas"]["StatisticTableDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["StatisticTableDto"];
                };
            };
            /** @description A query field that does not fit the statistic (named in the message) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_entry: {
        parameters: {
            query?: {
                /** @description The calendar year; this year when left out */
                year?: number;
                /** @description Months or quarters; months by default, quarters on an area's page */
                period?: "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To /dashboard/fuld, /dashboard/kommune or /dashboard/omraader/{areaId} */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_full: {
        parameters: {
            query?: {
                /** @description The calendar year; this year when left out */
                year?: number;
                /** @description Months or quarters; months by default, quarters on an area's page */
                period?: "month" | "quarter";
                /** @description Only this local area */
                areaId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard, a Danish HTML page with SVG charts and their tables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_municipality: {
        parameters: {
            query?: {
                /** @description The calendar year; this year when left out */
                year?: number;
                /** @description Months or quarters; months by default, quarters on an area's page */
                period?: "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard, a Danish HTML page with SVG charts and their tables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardController_area: {
        parameters: {
            query?: {
                /** @description The calendar year; this year when left out */
                year?: number;
                /** @description Months or quarters; months by default, quarters on an area's page */
                period?: "month" | "quarter";
                /** @description A local area (lokalområde) id */
                areaId?: string;
            };
            header?: never;
            path: {
                /** @description A local area (lokalområde) id */
                areaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dashboard, a Danish HTML page with SVG charts and their tables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description When the area filter names another area: to that area's page, which checks membership again */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
