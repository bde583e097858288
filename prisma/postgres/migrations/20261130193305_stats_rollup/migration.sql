-- DropIndex
DROP INDEX "Booking_counterId_dayWib_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "completedDayWib" TEXT;

-- CreateTable
CREATE TABLE "DailyServiceStat" (
    "counterId" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "waitCount" INTEGER NOT NULL DEFAULT 0,
    "waitSum" INTEGER NOT NULL DEFAULT 0,
    "serviceCount" INTEGER NOT NULL DEFAULT 0,
    "serviceSum" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyServiceStat_pkey" PRIMARY KEY ("counterId","dayWib","serviceId")
);

-- CreateTable
CREATE TABLE "DailyHourCount" (
    "counterId" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "hourWib" INTEGER NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "arrivals" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyHourCount_pkey" PRIMARY KEY ("counterId","dayWib","hourWib")
);

-- CreateTable
CREATE TABLE "DailyDomicileCount" (
    "counterId" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "domicile" TEXT NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "arrivals" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyDomicileCount_pkey" PRIMARY KEY ("counterId","dayWib","domicile")
);

-- CreateTable
CREATE TABLE "DailyArrivalDomicile" (
    "dayWib" TEXT NOT NULL,
    "domicile" TEXT NOT NULL,
    "arrivals" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyArrivalDomicile_pkey" PRIMARY KEY ("dayWib","domicile")
);

-- CreateIndex
CREATE INDEX "Application_counterId_dueDayWib_status_completedDayWib_idx" ON "Application"("counterId", "dueDayWib", "status", "completedDayWib");

-- CreateIndex
CREATE INDEX "Booking_counterId_dayWib_status_idx" ON "Booking"("counterId", "dayWib", "status");

-- CreateIndex
CREATE INDEX "DailyVisitCount_dayWib_source_count_idx" ON "DailyVisitCount"("dayWib", "source", "count");

-- CreateIndex
CREATE INDEX "Visit_counterId_waitSeconds_dayWib_idx" ON "Visit"("counterId", "waitSeconds", "dayWib");

-- CreateIndex
CREATE INDEX "Visit_counterId_serviceSeconds_dayWib_idx" ON "Visit"("counterId", "serviceSeconds", "dayWib");

-- Backfill (hand-written): the statistics rollups from the existing visits, the INSERTs of
-- REBUILD_ROLLUPS_SQL in lib/stats/rollup.ts (docs/decisions/006-stats-rollup.md).
INSERT INTO "DailyServiceStat" ("counterId", "dayWib", "serviceId", "visits", "waitCount", "waitSum", "serviceCount", "serviceSum")
  SELECT "counterId", "dayWib", "serviceId", COUNT(*), COUNT("waitSeconds"), COALESCE(SUM("waitSeconds"), 0), COUNT("serviceSeconds"), COALESCE(SUM("serviceSeconds"), 0)
  FROM "Visit" GROUP BY "counterId", "dayWib", "serviceId";

INSERT INTO "DailyHourCount" ("counterId", "dayWib", "hourWib", "visits", "arrivals")
  SELECT "counterId", "dayWib", "hourWib", COUNT(*), SUM(CASE WHEN "transferredFrom" IS NULL THEN 1 ELSE 0 END)
  FROM "Visit" GROUP BY "counterId", "dayWib", "hourWib";

INSERT INTO "DailyDomicileCount" ("counterId", "dayWib", "domicile", "visits", "arrivals")
  SELECT "counterId", "dayWib", COALESCE("kelurahanCode", CASE WHEN "outsideCity" THEN 'OUTSIDE' ELSE 'UNKNOWN' END), COUNT(*), SUM(CASE WHEN "transferredFrom" IS NULL THEN 1 ELSE 0 END)
  FROM "Visit" GROUP BY "counterId", "dayWib", COALESCE("kelurahanCode", CASE WHEN "outsideCity" THEN 'OUTSIDE' ELSE 'UNKNOWN' END);

INSERT INTO "DailyArrivalDomicile" ("dayWib", "domicile", "arrivals")
  SELECT "dayWib", COALESCE("kelurahanCode", CASE WHEN "outsideCity" THEN 'OUTSIDE' ELSE 'UNKNOWN' END), COUNT(*)
  FROM "Visit" WHERE "transferredFrom" IS NULL GROUP BY "dayWib", COALESCE("kelurahanCode", CASE WHEN "outsideCity" THEN 'OUTSIDE' ELSE 'UNKNOWN' END);

-- Backfill (hand-written): the WIB day of completedAt (timestamp without time zone, in UTC).
UPDATE "Application" SET "completedDayWib" = to_char("completedAt" + interval '7 hours', 'YYYY-MM-DD')
WHERE "completedAt" IS NOT NULL;
