# syntax=docker/dockerfile:1
#
# One image for the four services and the web app (apps/web); SSP_SERVICE picks the app at
# run time:
#   docker build -t ssp-suite .
#   docker run -e SSP_SERVICE=reporting -e DATABASE_URL=... -e KAFKA_BROKERS=... ssp-suite
#   docker run -e SSP_SERVICE=web -e DATABASE_URL=... -e OIDC_ISSUER=... ssp-suite   (docs/web.md)
# SSP_SERVICE can also be baked in as a default with --build-arg SSP_SERVICE=<name>.
# The image is the last stage (runtime). The stage oidc-provider before it is the local OpenID
# provider for docker-compose.yml only (`target: oidc-provider`); a plain build skips it, and
# nothing of it (tools/oidc, the oidc-provider package) is in the image.

# The current Node LTS; the code also runs on Node 20.19+ and 22 (package.json engines).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: all dependencies, compile apps and libs to dist/ ----------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# swagger-ui-dist pulls in @scarf/scarf, whose install script phones home; switch it off.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# The lock holds every Linux platform's optional binaries (npm run lock:check), so npm ci works.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
# Compiles every app under apps/, the web app included (tsconfig.build.json).
RUN npx tsc -p tsconfig.build.json

# ---- oidc-provider: the local OpenID provider, for docker-compose.yml only -----------------
# tools/oidc/provider.mjs with the development dependencies it needs (oidc-provider, dkfds for
# its pages) from the build stage. Never deployed: production uses the municipality's provider.
# Signals reach node directly (exec form); it listens on 0.0.0.0 so the published ports reach it.
FROM build AS oidc-provider
COPY tools/oidc/*.mjs ./tools/oidc/
COPY demo/network-members.json ./demo/network-members.json
ENV OIDC_PROVIDER_LISTEN_ADDRESS=0.0.0.0
USER 1000:1000
EXPOSE 4000
ENTRYPOINT ["node", "tools/oidc/provider.mjs"]

# ---- prod-deps: production dependencies only, installed from the same lock file ---------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# --omit=optional as well: typeorm names ts-node (and so typescript) as an optional peer, which
# npm then keeps under --omit=dev alone. No production dependency needs an optional package
# (npm run lock:check keeps it so).
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --omit=optional --no-audit --no-fund

# ---- runtime ------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root and read-only to the app user: the process needs no writes to
# its own code, which also lets Kubernetes run it with readOnlyRootFilesystem.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY scripts/register-dist-paths.cjs ./scripts/register-dist-paths.cjs
COPY --from=build /app/dist ./dist

ARG SSP_SERVICE=""
ENV SSP_SERVICE=${SSP_SERVICE}

# The image's "node" user, by number, so that Kubernetes' runAsNonRoot can verify it.
USER 1000:1000

# Each service's default port (HTTP_PORT overrides it) and the web app's (3000; PORT overrides it).
EXPOSE 3000 3001 3002 3003 3004

# A shell resolves SSP_SERVICE, refuses anything that is not one of the five apps, then
# exec's node so that node is PID 1 and gets SIGTERM directly (graceful shutdown: the
# consumer finishes its batch and the outbox flushes). Arguments go to the service's main:
# none serves; `migrate` applies the migrations and ends (the Kubernetes migration Job; the
# web app has none: it migrates its own database at start-up, under a lock).
ENTRYPOINT ["sh", "-c", "case \"$SSP_SERVICE\" in police-list-ingestion|case-coordination|network-groups|reporting|web) ;; *) echo \"SSP_SERVICE must be one of police-list-ingestion, case-coordination, network-groups, reporting, web (got '$SSP_SERVICE')\" >&2; exit 64 ;; esac; exec node --enable-source-maps -r ./scripts/register-dist-paths.cjs \"dist/apps/$SSP_SERVICE/src/main.js\" \"$@\"", "ssp-suite"]
CMD []
