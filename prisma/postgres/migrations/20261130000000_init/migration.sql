-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('OPD', 'VERTICAL', 'BUMN', 'BUMD', 'BANK');

-- CreateEnum
CREATE TYPE "ClosureKind" AS ENUM ('NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'LOCAL_CLOSURE');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "VisitSource" AS ENUM ('BOOKING', 'WALK_IN');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'TRANSFERRED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DITERIMA', 'VERIFIKASI_BERKAS', 'PERLU_PERBAIKAN', 'DIPROSES', 'SELESAI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'OFFICER', 'FRONT_DESK', 'OFFICIAL');

-- CreateTable
CREATE TABLE "MppProfile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "kelurahanCode" TEXT,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "complaintChannel" TEXT NOT NULL,
    "pledge" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MppProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MppHours" (
    "weekday" INTEGER NOT NULL,
    "openMinute" INTEGER NOT NULL,
    "closeMinute" INTEGER NOT NULL,

    CONSTRAINT "MppHours_pkey" PRIMARY KEY ("weekday","openMinute")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "floor" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterHours" (
    "counterId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "openMinute" INTEGER NOT NULL,
    "closeMinute" INTEGER NOT NULL,

    CONSTRAINT "CounterHours_pkey" PRIMARY KEY ("counterId","weekday","openMinute")
);

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "durationText" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "costAmount" INTEGER NOT NULL,
    "costText" TEXT,
    "costLegalBasis" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "complaintChannel" TEXT,
    "onlineBooking" BOOLEAN NOT NULL DEFAULT true,
    "averageServiceMinutes" INTEGER NOT NULL,
    "keywords" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRequirement" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT,
    "isOptional" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ServiceRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStep" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ServiceStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAreaRule" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "allowOutsideCity" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL,
    "alternativeName" TEXT NOT NULL,
    "alternativeAddress" TEXT NOT NULL,
    "alternativePhone" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceAreaRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAreaKecamatan" (
    "ruleId" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    CONSTRAINT "ServiceAreaKecamatan_pkey" PRIMARY KEY ("ruleId","kecamatanCode")
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Kecamatan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Kelurahan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    CONSTRAINT "Kelurahan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Closure" (
    "id" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT,
    "kind" "ClosureKind" NOT NULL,
    "name" TEXT NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityRule" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT,
    "slotMinutes" INTEGER NOT NULL,
    "capacityPerSlot" INTEGER NOT NULL,
    "walkInPercent" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CapacityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "dayWib" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "dayWib" TEXT NOT NULL,
    "nikHash" TEXT NOT NULL,
    "nikEncrypted" TEXT NOT NULL,
    "nikMasked" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phoneEncrypted" TEXT NOT NULL,
    "phoneHash" TEXT NOT NULL,
    "phoneMasked" TEXT NOT NULL,
    "email" TEXT,
    "kelurahanCode" TEXT,
    "outsideCity" BOOLEAN NOT NULL DEFAULT false,
    "status" "BookingStatus" NOT NULL DEFAULT 'BOOKED',
    "activeKey" TEXT,
    "idempotencyKey" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueCounter" (
    "counterId" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QueueCounter_pkey" PRIMARY KEY ("counterId","dayWib")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "bookingId" TEXT,
    "source" "VisitSource" NOT NULL,
    "dayWib" TEXT NOT NULL,
    "hourWib" INTEGER NOT NULL,
    "queueNumber" INTEGER NOT NULL,
    "status" "VisitStatus" NOT NULL DEFAULT 'WAITING',
    "name" TEXT NOT NULL,
    "nikHash" TEXT,
    "nikMasked" TEXT,
    "kelurahanCode" TEXT,
    "outsideCity" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" TIMESTAMP(3) NOT NULL,
    "calledAt" TIMESTAMP(3),
    "serviceStartedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "waitSeconds" INTEGER,
    "serviceSeconds" INTEGER,
    "transferredFrom" TEXT,
    "handledById" TEXT,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyVisitCount" (
    "dayWib" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "source" "VisitSource" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyVisitCount_pkey" PRIMARY KEY ("dayWib","counterId","serviceId","source")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "visitId" TEXT,
    "applicantName" TEXT NOT NULL,
    "nikHash" TEXT NOT NULL,
    "nikEncrypted" TEXT NOT NULL,
    "nikMasked" TEXT NOT NULL,
    "phoneEncrypted" TEXT,
    "phoneMasked" TEXT,
    "kelurahanCode" TEXT,
    "outsideCity" BOOLEAN NOT NULL DEFAULT false,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DITERIMA',
    "receivedDayWib" TEXT NOT NULL,
    "dueDayWib" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "publicNote" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationRequirementCheck" (
    "applicationId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "checked" BOOLEAN NOT NULL DEFAULT false,
    "checkedById" TEXT,
    "checkedAt" TIMESTAMP(3),

    CONSTRAINT "ApplicationRequirementCheck_pkey" PRIMARY KEY ("applicationId","requirementId")
);

-- CreateTable
CREATE TABLE "ApplicationNote" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserCounter" (
    "userId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,

    CONSTRAINT "UserCounter_pkey" PRIMARY KEY ("userId","counterId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dayWib" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ip" TEXT,
    "details" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_slug_key" ON "Agency"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Counter_number_key" ON "Counter"("number");

-- CreateIndex
CREATE INDEX "Counter_agencyId_idx" ON "Counter"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCategory_slug_key" ON "ServiceCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Service_slug_key" ON "Service"("slug");

-- CreateIndex
CREATE INDEX "Service_categoryId_idx" ON "Service"("categoryId");

-- CreateIndex
CREATE INDEX "Service_agencyId_idx" ON "Service"("agencyId");

-- CreateIndex
CREATE INDEX "Service_counterId_idx" ON "Service"("counterId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequirement_serviceId_position_key" ON "ServiceRequirement"("serviceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStep_serviceId_position_key" ON "ServiceStep"("serviceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAreaRule_serviceId_key" ON "ServiceAreaRule"("serviceId");

-- CreateIndex
CREATE INDEX "Kelurahan_kecamatanCode_idx" ON "Kelurahan"("kecamatanCode");

-- CreateIndex
CREATE UNIQUE INDEX "Closure_dayWib_scopeKey_key" ON "Closure"("dayWib", "scopeKey");

-- CreateIndex
CREATE UNIQUE INDEX "CapacityRule_scopeKey_key" ON "CapacityRule"("scopeKey");

-- CreateIndex
CREATE INDEX "Slot_counterId_dayWib_idx" ON "Slot"("counterId", "dayWib");

-- CreateIndex
CREATE UNIQUE INDEX "Slot_scopeKey_startsAt_key" ON "Slot"("scopeKey", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_code_key" ON "Booking"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_activeKey_key" ON "Booking"("activeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_idempotencyKey_key" ON "Booking"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Booking_nikHash_dayWib_idx" ON "Booking"("nikHash", "dayWib");

-- CreateIndex
CREATE INDEX "Booking_counterId_dayWib_idx" ON "Booking"("counterId", "dayWib");

-- CreateIndex
CREATE INDEX "Booking_slotId_idx" ON "Booking"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_bookingId_key" ON "Visit"("bookingId");

-- CreateIndex
CREATE INDEX "Visit_dayWib_idx" ON "Visit"("dayWib");

-- CreateIndex
CREATE INDEX "Visit_counterId_dayWib_status_idx" ON "Visit"("counterId", "dayWib", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_counterId_dayWib_queueNumber_key" ON "Visit"("counterId", "dayWib", "queueNumber");

-- CreateIndex
CREATE INDEX "DailyVisitCount_counterId_dayWib_idx" ON "DailyVisitCount"("counterId", "dayWib");

-- CreateIndex
CREATE UNIQUE INDEX "Application_code_key" ON "Application"("code");

-- CreateIndex
CREATE INDEX "Application_counterId_status_idx" ON "Application"("counterId", "status");

-- CreateIndex
CREATE INDEX "Application_nikHash_idx" ON "Application"("nikHash");

-- CreateIndex
CREATE INDEX "Application_dueDayWib_idx" ON "Application"("dueDayWib");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_createdAt_idx" ON "ApplicationStatusChange"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Counter" ADD CONSTRAINT "Counter_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CounterHours" ADD CONSTRAINT "CounterHours_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequirement" ADD CONSTRAINT "ServiceRequirement_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStep" ADD CONSTRAINT "ServiceStep_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaRule" ADD CONSTRAINT "ServiceAreaRule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaKecamatan" ADD CONSTRAINT "ServiceAreaKecamatan_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ServiceAreaRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAreaKecamatan" ADD CONSTRAINT "ServiceAreaKecamatan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kelurahan" ADD CONSTRAINT "Kelurahan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityRule" ADD CONSTRAINT "CapacityRule_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityRule" ADD CONSTRAINT "CapacityRule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueCounter" ADD CONSTRAINT "QueueCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyVisitCount" ADD CONSTRAINT "DailyVisitCount_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyVisitCount" ADD CONSTRAINT "DailyVisitCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationRequirementCheck" ADD CONSTRAINT "ApplicationRequirementCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationRequirementCheck" ADD CONSTRAINT "ApplicationRequirementCheck_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "ServiceRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationRequirementCheck" ADD CONSTRAINT "ApplicationRequirementCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationNote" ADD CONSTRAINT "ApplicationNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationNote" ADD CONSTRAINT "ApplicationNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCounter" ADD CONSTRAINT "UserCounter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserCounter" ADD CONSTRAINT "UserCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants Prisma cannot express (kept by hand; covered by tests/integration/invariants.test.ts).
-- Triggers, not CHECK constraints: Prisma 6.19.3's WASM schema engine crashes when it
-- introspects CHECK constraints on PostgreSQL (migrate diff, drift check).

-- A slot never holds more bookings than its capacity.
CREATE FUNCTION "slot_within_capacity"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."booked" < 0 OR NEW."booked" > NEW."capacity" THEN
        RAISE EXCEPTION 'Slot % is over capacity', NEW."id" USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Slot_booked_within_capacity" BEFORE INSERT OR UPDATE ON "Slot"
    FOR EACH ROW EXECUTE FUNCTION "slot_within_capacity"();

-- Capacity rules are sane.
CREATE FUNCTION "capacity_rule_valid"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."slotMinutes" <= 0 OR NEW."capacityPerSlot" < 0 OR NEW."walkInPercent" < 0 OR NEW."walkInPercent" > 100 THEN
        RAISE EXCEPTION 'Invalid capacity rule %', NEW."id" USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "CapacityRule_valid" BEFORE INSERT OR UPDATE ON "CapacityRule"
    FOR EACH ROW EXECUTE FUNCTION "capacity_rule_valid"();

-- The audit log is append-only.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditLog is append-only' USING ERRCODE = '23514';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
