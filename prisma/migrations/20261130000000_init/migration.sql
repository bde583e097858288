-- CreateTable
CREATE TABLE "MppProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "latitude" REAL,
    "longitude" REAL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MppHours" (
    "weekday" INTEGER NOT NULL,
    "openMinute" INTEGER NOT NULL,
    "closeMinute" INTEGER NOT NULL,

    PRIMARY KEY ("weekday", "openMinute")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Counter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" INTEGER NOT NULL,
    "floor" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Counter_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CounterHours" (
    "counterId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "openMinute" INTEGER NOT NULL,
    "closeMinute" INTEGER NOT NULL,

    PRIMARY KEY ("counterId", "weekday", "openMinute"),
    CONSTRAINT "CounterHours_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Service_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Service_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Service_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceRequirement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT,
    "isOptional" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ServiceRequirement_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "ServiceStep_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceAreaRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serviceId" TEXT NOT NULL,
    "allowOutsideCity" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT NOT NULL,
    "alternativeName" TEXT NOT NULL,
    "alternativeAddress" TEXT NOT NULL,
    "alternativePhone" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceAreaRule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceAreaKecamatan" (
    "ruleId" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,

    PRIMARY KEY ("ruleId", "kecamatanCode"),
    CONSTRAINT "ServiceAreaKecamatan_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ServiceAreaRule" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ServiceAreaKecamatan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Kecamatan" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Kelurahan" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    CONSTRAINT "Kelurahan_kecamatanCode_fkey" FOREIGN KEY ("kecamatanCode") REFERENCES "Kecamatan" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Closure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dayWib" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Closure_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CapacityRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT,
    "slotMinutes" INTEGER NOT NULL,
    "capacityPerSlot" INTEGER NOT NULL,
    "walkInPercent" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CapacityRule_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CapacityRule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CapacityRule_valid" CHECK ("slotMinutes" > 0 AND "capacityPerSlot" >= 0 AND "walkInPercent" BETWEEN 0 AND 100)
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scopeKey" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "dayWib" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Slot_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Slot_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Slot_booked_within_capacity" CHECK ("booked" >= 0 AND "booked" <= "capacity")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
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
    "status" TEXT NOT NULL DEFAULT 'BOOKED',
    "activeKey" TEXT,
    "idempotencyKey" TEXT,
    "consentAt" DATETIME NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "cancelledAt" DATETIME,
    "checkedInAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Booking_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Booking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Booking_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QueueCounter" (
    "counterId" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("counterId", "dayWib"),
    CONSTRAINT "QueueCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "bookingId" TEXT,
    "source" TEXT NOT NULL,
    "dayWib" TEXT NOT NULL,
    "hourWib" INTEGER NOT NULL,
    "queueNumber" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'WAITING',
    "name" TEXT NOT NULL,
    "nikHash" TEXT,
    "nikMasked" TEXT,
    "kelurahanCode" TEXT,
    "outsideCity" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" DATETIME NOT NULL,
    "calledAt" DATETIME,
    "serviceStartedAt" DATETIME,
    "finishedAt" DATETIME,
    "waitSeconds" INTEGER,
    "serviceSeconds" INTEGER,
    "transferredFrom" TEXT,
    "handledById" TEXT,
    CONSTRAINT "Visit_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Visit_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyVisitCount" (
    "dayWib" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("dayWib", "counterId", "serviceId", "source"),
    CONSTRAINT "DailyVisitCount_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DailyVisitCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "status" TEXT NOT NULL DEFAULT 'DITERIMA',
    "receivedDayWib" TEXT NOT NULL,
    "dueDayWib" TEXT NOT NULL,
    "completedAt" DATETIME,
    "rejectionReason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_kelurahanCode_fkey" FOREIGN KEY ("kelurahanCode") REFERENCES "Kelurahan" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "publicNote" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationRequirementCheck" (
    "applicationId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "checked" BOOLEAN NOT NULL DEFAULT false,
    "checkedById" TEXT,
    "checkedAt" DATETIME,

    PRIMARY KEY ("applicationId", "requirementId"),
    CONSTRAINT "ApplicationRequirementCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationRequirementCheck_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "ServiceRequirement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationRequirementCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lastLoginAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserCounter" (
    "userId" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,

    PRIMARY KEY ("userId", "counterId"),
    CONSTRAINT "UserCounter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UserCounter_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dayWib" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ip" TEXT,
    "details" TEXT
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


-- Invariants Prisma cannot express (kept by hand; covered by tests/integration/invariants.test.ts).
-- Slot and CapacityRule carry CHECK constraints in their CREATE TABLE above.
-- The audit log is append-only.
CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE ON "AuditLog"
BEGIN
    SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog"
BEGIN
    SELECT RAISE(ABORT, 'AuditLog is append-only');
END;
