# Production images for the docker-compose topology: `backend` (Medusa server or worker,
# chosen by MEDUSA_WORKER_MODE) and `storefront` (Next.js). Built from the monorepo root.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json .npmrc ./
COPY packages/domain/package.json packages/domain/
COPY packages/labels/package.json packages/labels/
COPY backend/package.json backend/
COPY storefront/package.json storefront/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx tsc -p packages/domain/tsconfig.build.json \
 && npx tsc -p packages/labels/tsconfig.build.json \
 && (cd backend && npx medusa build) \
 && (cd storefront && npm run build)

FROM build AS backend
WORKDIR /app/backend/.medusa/server
ENV NODE_ENV=production PORT=9000
EXPOSE 9000
# Migrations run once from the worker service (see docker-compose.yml); servers only serve.
CMD ["npx", "medusa", "start"]

FROM build AS storefront
WORKDIR /app/storefront
ENV NODE_ENV=production PORT=8000
EXPOSE 8000
# The trace edge answers label scans in front of Next.js (storefront/src/edge).
CMD ["node", ".edge/src/edge/server.js"]
