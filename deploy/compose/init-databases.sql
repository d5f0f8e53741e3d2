-- One database per service and one for the web app (each owns its tables and never reads another's).
-- The postgres image runs this once, as POSTGRES_USER, when the data volume is first
-- initialised; after that it is skipped, so `docker compose down -v` is needed to rerun it.
-- The databases are owned by POSTGRES_USER: locally one role is enough. In Kubernetes each
-- service has its own role (see k8s/postgres/).
CREATE DATABASE ssp_police_list_ingestion;
CREATE DATABASE ssp_case_coordination;
CREATE DATABASE ssp_network_groups;
-- The web app's (sessions only).
CREATE DATABASE ssp_web;
-- Last: the postgres healthcheck in docker-compose.yml waits for it, so every other exists then.
CREATE DATABASE ssp_reporting;
