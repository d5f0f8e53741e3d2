/**
 * Generated from docs/openapi/police-list-ingestion.json by openapi-typescript (npm run api-client); do not edit.
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
    "/police-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lists ingested, newest first, with their counts, a page at a time (docs/paging.md) */
        get: operations["PoliceListsController_list"];
        put?: never;
        /** Uploads a police list; every row is accepted, rejected (with line, field and reason) or a duplicate */
        post: operations["PoliceListsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/police-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One list: counts and its first errors */
        get: operations["PoliceListsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/police-lists/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rejected rows' errors in file order, as JSON or as CSV for Excel, to fix the rows and upload them again, a page at a time
         * @description Paged (docs/paging.md; up to 200 errors a page). The CSV is the same page; its next page is in the `Link` header (rel="next").
         */
        get: operations["PoliceListsController_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Raises a concern about a child, who may be on no police list; the child is on the Monday group's next agenda once case coordination has it
         * @description The child gets the pseudonym a police list would give, so later incidents join the same person. The identity goes to the vault (one held is kept) and the identity topic; the worry travels sealed and is kept only in case coordination.
         */
        post: operations["ConcernsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The local areas and the postal codes (and schools) that place a young person in them */
        get: operations["ReferenceDataController_areas"];
        /** Replaces the area table; applies to rows of lists read from now on, and reaches the other services on ssp.reference.area.v1 (a new area gets its network group and statistics label) */
        put: operations["ReferenceDataController_replaceAreas"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offence-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offence categories in order, with the patterns that place an offence in them */
        get: operations["ReferenceDataController_offenceCategories"];
        /** Replaces the offence-category table; applies to rows of lists read from now on, and reaches the other services on ssp.reference.offence-category.v1 */
        put: operations["ReferenceDataController_replaceOffenceCategories"];
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
        RowErrorDto: {
            /** @description Line in the CSV file, or row in the sheet */
            line: number;
            /**
             * @description The column's heading as written in the file; null when the fault lies between fields
             * @example CPR-nummer
             */
            column: string | null;
            /**
             * @description The field, a stable code; `row` when the fault lies between fields
             * @example cpr
             */
            field: string;
            /**
             * @description Stable English code
             * @example cpr-invalid-date
             */
            code: string;
            /**
             * @description In Danish, for the clerk
             * @example CPR-nummeret 310299-xxxx har ikke en gyldig dato.
             */
            reason: string;
        };
        PoliceListSummaryDto: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @enum {string} */
            source: "upload" | "demo";
            /** Format: date */
            listDate?: string | null;
            ingestedAt: string;
            /** @description Rows under the header, blank ones included */
            rows: number;
            /** @description New incidents recorded */
            accepted: number;
            /** @description Rows refused; see errors */
            rejected: number;
            /** @description Rows of incidents already recorded (this or an earlier list) */
            duplicates: number;
            blank: number;
            /** @description Columns not recognised and ignored */
            unknownColumns: string[];
            /** @description True when this exact file was ingested before; nothing changed */
            alreadyIngested: boolean;
            /** @description The first errors; all of them at /police-lists/{id}/errors */
            errors: components["schemas"]["RowErrorDto"][];
            /** @description How many errors there are in all */
            errorCount: number;
        };
        PoliceListPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest first */
            items: components["schemas"]["PoliceListSummaryDto"][];
        };
        RowErrorPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description In file order: line, then field */
            items: components["schemas"]["RowErrorDto"][];
        };
        RaiseConcernDto: {
            /**
             * Format: uuid
             * @description The concern's id, made once by the program that sends it: the same concern sent again with the same id (a retry after a lost answer) is kept once. Made here when left out
             */
            concernId?: string;
            /**
             * @description The child's CPR number, when known; else name and birth date
             * @example 010212-1234
             */
            cpr?: string;
            /** @example Mads Ærø Jensen */
            name: string;
            /**
             * Format: date
             * @description Needed when there is no CPR number; must agree with it when both are given
             */
            birthDate?: string;
            /**
             * @description Whose concern it is; by default the caller's own organisation. Only the SSP consultant and the secretariat may name another
             * @enum {string}
             */
            source?: "school" | "club" | "family-department" | "substance-abuse-treatment" | "youth-guidance" | "ungebasen" | "police" | "ssp";
            /**
             * @description The purpose under retsplejeloven § 115 the concern is shared for
             * @enum {string}
             */
            legalBasis: "SSP" | "PSP" | "KSP";
            /** @description What worries the member; travels sealed and is read only in case coordination */
            worry: string;
            /**
             * @description The local area; found from the postal code or the school when left out
             * @example langaa
             */
            areaId?: string;
            /** @description The child's school; kept with the identity, never in clear on a topic */
            school?: string;
            /**
             * @description The child's postal code, for the area
             * @example 8900
             */
            postalCode?: string;
        };
        ConcernReceiptDto: {
            /** Format: uuid */
            concernId: string;
            /** @description The child's pseudonym: the person in case coordination once the concern has arrived there */
            personPseudonym: string;
            /**
             * @description weak when named by name and birth date only
             * @enum {string}
             */
            pseudonymStrength: "strong" | "weak";
            /** @enum {string} */
            source: "school" | "club" | "family-department" | "substance-abuse-treatment" | "youth-guidance" | "ungebasen" | "police" | "ssp";
            /**
             * @description The source in Danish, for people
             * @example skole
             */
            sourceText: string;
            /** @enum {string} */
            legalBasis: "SSP" | "PSP" | "KSP";
            areaId: string;
            /** Format: date */
            raisedOn: string;
            /**
             * @description Danish, for the person
             * @example Bekymringen er modtaget og kommer på Mandagsgruppens næste dagsorden.
             */
            message: string;
        };
        AreaDto: {
            /** @example randers-c */
            id: string;
            /** @example Randers C */
            name: string;
            /**
             * @example [
             *       "8900"
             *     ]
             */
            postalCodes: string[];
            /** @description Schools that place a young person in this area when the postal code does not */
            schools?: string[];
        };
        AreaTableDto: {
            areas: components["schemas"]["AreaDto"][];
        };
        AreaTableChangedDto: {
            areas: components["schemas"]["AreaDto"][];
            /** @description Which rows the change applies to */
            appliesTo: string;
        };
        OffenceCategoryDto: {
            /** @example theft */
            id: string;
            /** @example Tyveri */
            da: string;
            /** @description Case-insensitive regular expressions tried against offence code and text; none for the catch-all `other` */
            patterns: string[];
        };
        OffenceCategoryTableDto: {
            /** @description In order: the first category with a matching pattern wins */
            categories: components["schemas"]["OffenceCategoryDto"][];
        };
        OffenceCategoryTableChangedDto: {
            /** @description In order: the first category with a matching pattern wins */
            categories: components["schemas"]["OffenceCategoryDto"][];
            /** @description Which rows the change applies to */
            appliesTo: string;
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
    PoliceListsController_list: {
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
                    "application/json": components["schemas"]["PoliceListPageDto"];
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
    PoliceListsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The police list: CSV (UTF-8, UTF-8 with BOM or Windows-1252; ; , or tab) or XLSX
                     */
                    file: string;
                    /** Format: date */
                    listDate?: string;
                    /** @enum {string} */
                    source?: "upload" | "demo";
                };
            };
        };
        responses: {
            /** @description This exact file was ingested before; nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceListSummaryDto"];
                };
            };
            /** @description A new list */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceListSummaryDto"];
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
            /** @description File, rows or unpacked XLSX over the limits (in total, or its shared strings, workbook parts or a row) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not sent as multipart/form-data, or a file that is neither CSV nor XLSX, by content */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The file cannot be read as a list (no header, missing columns, a cell too long) */
            422: {
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
    PoliceListsController_get: {
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
                    "application/json": components["schemas"]["PoliceListSummaryDto"];
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
    PoliceListsController_errors: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description csv: semicolon CSV that Danish Excel opens */
                format?: "json" | "csv";
            };
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
                    "application/json": components["schemas"]["RowErrorPageDto"];
                    "text/csv": components["schemas"]["RowErrorPageDto"];
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
    ConcernsController_raise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseConcernDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConcernReceiptDto"];
                };
            };
            /** @description A field breaks its rule, no CPR number or birth date, a birth date that does not agree with the CPR number, or an unknown area; `code` says which */
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
            /**
             * @description Not a member who may raise concerns, or a source the caller may not speak for (`concern-source-not-yours`)
             *
             *     The role or membership does not allow this.
             */
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
    ReferenceDataController_areas: {
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
                    "application/json": components["schemas"]["AreaDto"][];
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
    ReferenceDataController_replaceAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AreaTableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaTableChangedDto"];
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
    ReferenceDataController_offenceCategories: {
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
                    "application/json": components["schemas"]["OffenceCategoryDto"][];
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
    ReferenceDataController_replaceOffenceCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OffenceCategoryTableDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OffenceCategoryTableChangedDto"];
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
}
