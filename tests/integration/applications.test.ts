// Applications (lib/applications/service.ts) against real databases, both providers: creation
// from a served visit and directly, every allowed and refused transition, two officers moving
// the same application at once, a status change whose audit write fails (nothing changes),
// officer scope, the pii.view audit row and the public view without personal data.
// `now` is fixed: Wednesday 23 December 2026, 10.00 WIB (Christmas holidays on 24-25 December).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type * as ServiceModule from "@/lib/applications/service";
import { APPLICATION_STATUSES, TRANSITIONS, type ApplicationStatus } from "@/lib/applications/transitions";
import { hashPii } from "@/lib/pii";
import { nikFor, phoneFor } from "../helpers/nik";
import { PROVIDERS } from "../helpers/providers";
import { counterId, makeStaff } from "../helpers/staff";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { refusal, type Refusal } from "../helpers/refusal";
import { pointRoutesAt, releaseRouteDb } from "../helpers/routes";

type Service = typeof ServiceModule;

const NOW = new Date("2026-12-23T03:00:00Z"); // Wednesday 10.00 WIB
const PII_KEY = "0".repeat(64);
const KTP = "ktp-el-baru"; // gerai 1
const PODOSUGIH = "33.75.01.1003";


describe.each(PROVIDERS)("applications on %s", (provider) => {
  let t: TestDb;
  let svc: Service;
  let officer1: Actor;
  let officer2: Actor;
  let admin: Actor;
  let frontDesk: Actor;
  let official: Actor;
  let gerai2Service: string;
  let seq = 500;
  let queue = 0;

  const ctx = { now: NOW, ip: "203.0.113.9" };
  const direct = (actor: Actor, over: Partial<ServiceModule.DirectInput> = {}) => {
    const i = seq++;
    return svc.createDirect(
      actor,
      { service: KTP, nik: nikFor(i), name: "Budi Santoso", phone: phoneFor(i), kelurahanCode: PODOSUGIH, consent: true, ...over },
      ctx,
      t.db,
    );
  };
  const move = (actor: Actor, code: string, to: ApplicationStatus, opts: ServiceModule.StatusChangeOptions = {}) =>
    svc.changeStatus(actor, code, to, opts, ctx, t.db);
  const statusOf = async (code: string) => (await t.db.application.findUniqueOrThrow({ where: { code }, select: { status: true } })).status;
  async function tickAll(actor: Actor, code: string) {
    const view = await svc.getForStaff(actor, code, ctx, t.db);
    for (const r of view.requirements) await svc.setRequirementCheck(actor, code, r.id, true, ctx, t.db);
  }
  /** An application brought to `status` along the shortest allowed path. */
  async function at(status: ApplicationStatus): Promise<string> {
    const { code } = await direct(officer1);
    const path: Record<ApplicationStatus, ApplicationStatus[]> = {
      DITERIMA: [],
      VERIFIKASI_BERKAS: ["VERIFIKASI_BERKAS"],
      PERLU_PERBAIKAN: ["VERIFIKASI_BERKAS", "PERLU_PERBAIKAN"],
      DIPROSES: ["VERIFIKASI_BERKAS", "DIPROSES"],
      SELESAI: ["VERIFIKASI_BERKAS", "DIPROSES", "SELESAI"],
      DITOLAK: ["DITOLAK"],
    };
    for (const step of path[status]) {
      if (step === "DIPROSES") await tickAll(officer1, code);
      await move(officer1, code, step, step === "DITOLAK" ? { reason: "Berkas tidak sesuai" } : {});
    }
    return code;
  }
  async function visit(opts: { status?: "DONE" | "SERVING"; nik?: string; booking?: boolean } = {}) {
    const service = await t.db.service.findUniqueOrThrow({ where: { slug: KTP }, select: { id: true, counterId: true } });
    const nik = opts.nik ?? nikFor(seq++);
    let bookingId: string | undefined;
    if (opts.booking) {
      const { encryptPii } = await import("@/lib/pii");
      const key = Buffer.from(PII_KEY, "hex");
      const startsAt = new Date("2026-12-22T01:00:00Z");
      const slot = await t.db.slot.create({
        data: { scopeKey: `test:${seq++}`, counterId: service.counterId, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), dayWib: "2026-12-22", capacity: 5, booked: 1 },
      });
      const b = await t.db.booking.create({
        data: {
          code: `T${seq++}`,
          serviceId: service.id,
          counterId: service.counterId,
          slotId: slot.id,
          startsAt,
          dayWib: "2026-12-22",
          nikHash: hashPii(key, nik, "nik"),
          nikEncrypted: encryptPii(key, nik),
          nikMasked: `3375********${nik.slice(12)}`,
          name: "Siti Aminah",
          phoneEncrypted: encryptPii(key, "081234567890"),
          phoneHash: hashPii(key, "081234567890", "phone"),
          phoneMasked: "0812****7890",
          status: "COMPLETED",
          consentAt: NOW,
          consentVersion: "test",
        },
      });
      bookingId = b.id;
    }
    return t.db.visit.create({
      data: {
        counterId: service.counterId,
        serviceId: service.id,
        bookingId,
        source: opts.booking ? "BOOKING" : "WALK_IN",
        dayWib: "2026-12-23",
        hourWib: 9,
        queueNumber: ++queue,
        status: opts.status ?? "DONE",
        name: "Siti Aminah",
        nikHash: hashPii(Buffer.from(PII_KEY, "hex"), nik, "nik"),
        nikMasked: `3375********${nik.slice(12)}`,
        kelurahanCode: PODOSUGIH,
        checkedInAt: NOW,
      },
      select: { id: true },
    });
  }

  beforeAll(async () => {
    t = await createTestDb(provider, { seeded: true });
    pointRoutesAt(t.url);
    svc = await import("@/lib/applications/service");
    officer1 = await makeStaff(t.db, "OFFICER", [1]);
    officer2 = await makeStaff(t.db, "OFFICER", [2]);
    admin = await makeStaff(t.db, "ADMIN");
    frontDesk = await makeStaff(t.db, "FRONT_DESK");
    official = await makeStaff(t.db, "OFFICIAL");
    const s2 = await t.db.service.findFirstOrThrow({ where: { counterId: await counterId(t.db, 2), isActive: true }, select: { slug: true } });
    gerai2Service = s2.slug;
  });
  afterAll(async () => {
    await releaseRouteDb();
    await t.drop();
    vi.unstubAllEnvs();
  });

  describe("create", () => {
    it("directly: DITERIMA, due date over the Christmas holidays, personal data stored hashed/encrypted/masked, audited", async () => {
      const nik = nikFor(1);
      const { code } = await svc.createDirect(
        officer1,
        { service: KTP, nik: `${nik.slice(0, 4)} ${nik.slice(4)}`, name: "  Budi   Santoso ", phone: "+62 812-3456-7890", kelurahanCode: PODOSUGIH, consent: true },
        ctx,
        t.db,
      );
      expect(code).toMatch(/^P-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      const row = await t.db.application.findUniqueOrThrow({ where: { code }, include: { history: true, service: true } });
      expect(row).toMatchObject({ status: "DITERIMA", applicantName: "Budi Santoso", receivedDayWib: "2026-12-23", nikMasked: `3375********${nik.slice(12)}`, phoneMasked: "0812****7890", createdById: officer1.userId });
      expect(row.nikHash).toBe(hashPii(Buffer.from(PII_KEY, "hex"), nik, "nik"));
      expect(JSON.stringify(row)).not.toContain(nik);
      expect(row.history.map((h) => [h.fromStatus, h.toStatus, h.actorId])).toEqual([[null, "DITERIMA", officer1.userId]]);
      // KTP-el: duration in working days from the service; 24 and 25 December and the weekend do not count.
      const { dueDay } = await import("@/lib/applications/due-date");
      const closed = new Set((await t.db.closure.findMany({ where: { scopeKey: "ALL" }, select: { dayWib: true } })).map((c) => c.dayWib));
      expect(row.dueDayWib).toBe(dueDay("2026-12-23", row.service.durationDays, closed));
      if (row.service.durationDays >= 1) expect(row.dueDayWib >= "2026-12-28").toBe(true);
      const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "application.create", entityId: code } });
      expect(audit.actorId).toBe(officer1.userId);
      expect(audit.details).toContain("3375********");
      expect(audit.details).not.toContain(nik);
    });

    it("directly: field errors for NIK, name, phone, domicile and consent; nothing written", async () => {
      const before = await t.db.application.count();
      const e = await refusal(
        svc.createDirect(officer1, { service: KTP, nik: "1234", name: "", phone: "12", kelurahanCode: null, outsideCity: false, consent: false }, ctx, t.db),
      );
      expect(e.code).toBe("VALIDATION");
      expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["consent", "kelurahanCode", "name", "nik", "phone"]);
      expect(e.fieldErrors?.consent).toEqual(["applications.errors.consentRequired"]);
      expect(e.fieldErrors?.nik).toEqual(["bookingErrors.nikFormat"]);
      expect((await refusal(direct(officer1, { service: "tidak-ada" }))).fieldErrors?.service).toBeDefined();
      expect(await t.db.application.count()).toBe(before);
    });

    it("directly: an officer only for their own gerai (refusal audited); front desk and admin for any gerai; officials never", async () => {
      const e = await refusal(direct(officer1, { service: gerai2Service }));
      expect(e.code).toBe("FORBIDDEN");
      expect(await t.db.auditLog.count({ where: { action: "access.refused", actorId: officer1.userId } })).toBeGreaterThan(0);
      expect((await direct(frontDesk, { service: gerai2Service })).code).toMatch(/^P-/);
      expect((await direct(admin, { service: gerai2Service })).code).toMatch(/^P-/);
      expect((await refusal(direct(official))).code).toBe("FORBIDDEN");
    });

    it("from a served visit with a booking: applicant and NIK from the booking; a second one for the visit is refused", async () => {
      const nik = nikFor(seq++);
      const v = await visit({ booking: true, nik });
      const { code } = await svc.createFromVisit(officer1, v.id, {}, ctx, t.db);
      const row = await t.db.application.findUniqueOrThrow({ where: { code } });
      expect(row).toMatchObject({ visitId: v.id, applicantName: "Siti Aminah", nikMasked: `3375********${nik.slice(12)}`, phoneMasked: "0812****7890", kelurahanCode: PODOSUGIH });
      const again = await refusal(svc.createFromVisit(officer1, v.id, {}, ctx, t.db));
      expect(again).toMatchObject({ code: "CONFLICT", messageKey: "applications.errors.visitHasApplication" });
    });

    it("from a walk-in visit: the NIK must be given again and match the visit's", async () => {
      const nik = nikFor(seq++);
      const v = await visit({ nik });
      expect((await refusal(svc.createFromVisit(officer1, v.id, {}, ctx, t.db))).fieldErrors?.nik).toEqual(["applications.errors.nikNeeded"]);
      expect((await refusal(svc.createFromVisit(officer1, v.id, { nik: nikFor(seq++) }, ctx, t.db))).fieldErrors?.nik).toEqual([
        "applications.errors.nikMismatch",
      ]);
      const { code } = await svc.createFromVisit(officer1, v.id, { nik, phone: "0813 1111 2222" }, ctx, t.db);
      expect(await t.db.application.findUniqueOrThrow({ where: { code }, select: { phoneMasked: true, visitId: true } })).toEqual({
        phoneMasked: "0813****2222",
        visitId: v.id,
      });
    });

    it("from a visit: refused while not served, for another gerai's officer, and for an unknown visit", async () => {
      const serving = await visit({ status: "SERVING", booking: true });
      expect((await refusal(svc.createFromVisit(officer1, serving.id, {}, ctx, t.db))).messageKey).toBe("applications.errors.visitNotDone");
      const done = await visit({ booking: true });
      expect((await refusal(svc.createFromVisit(officer2, done.id, {}, ctx, t.db))).code).toBe("FORBIDDEN");
      expect((await refusal(svc.createFromVisit(officer1, "no-such-visit", {}, ctx, t.db))).code).toBe("NOT_FOUND");
    });
  });

  describe("transitions", () => {
    it("walks DITERIMA -> VERIFIKASI_BERKAS -> PERLU_PERBAIKAN -> VERIFIKASI_BERKAS -> DIPROSES -> SELESAI with who and when", async () => {
      const { code } = await direct(officer1);
      await move(officer1, code, "VERIFIKASI_BERKAS");
      await move(officer1, code, "PERLU_PERBAIKAN", { publicNote: "Lampirkan fotokopi KK." });
      await move(officer1, code, "VERIFIKASI_BERKAS");
      await tickAll(officer1, code);
      await move(officer1, code, "DIPROSES");
      const done = await move(officer1, code, "SELESAI", { expectedFrom: "DIPROSES" });
      expect(done.status).toBe("SELESAI");
      const view = await svc.getForStaff(officer1, code, ctx, t.db);
      expect(view.history.map((h) => h.to)).toEqual(["DITERIMA", "VERIFIKASI_BERKAS", "PERLU_PERBAIKAN", "VERIFIKASI_BERKAS", "DIPROSES", "SELESAI"]);
      expect(view.history.every((h) => h.actor === officer1.name && h.at.endsWith("+07:00"))).toBe(true);
      expect(view.history[2]?.publicNote).toBe("Lampirkan fotokopi KK.");
      expect(view.allowedNext).toEqual([]);
      expect(view.completedAt).not.toBeNull();
      expect(await t.db.auditLog.count({ where: { action: "application.status", entityId: code } })).toBe(5);
    });

    it("allows exactly the documented transitions from every status (and records nothing on a refusal)", async () => {
      for (const from of APPLICATION_STATUSES) {
        for (const to of APPLICATION_STATUSES) {
          const code = await at(from);
          if (to === "DIPROSES") await tickAll(officer1, code).catch(() => undefined);
          const historyBefore = await t.db.applicationStatusChange.count({ where: { application: { code } } });
          const run = move(officer1, code, to, to === "DITOLAK" ? { reason: "Persyaratan tidak terpenuhi" } : {});
          if (TRANSITIONS[from].includes(to)) {
            await run;
            expect(await statusOf(code), `${from} -> ${to}`).toBe(to);
          } else {
            const e = await refusal(run);
            expect(e.code, `${from} -> ${to}`).toBe("CONFLICT");
            expect(e.messageKey).toBe("applications.errors.transitionNotAllowed");
            expect(await statusOf(code)).toBe(from);
            expect(await t.db.applicationStatusChange.count({ where: { application: { code } } })).toBe(historyBefore);
          }
        }
      }
    }, 120_000);

    it("DITOLAK needs a reason (shown publicly); DIPROSES needs the mandatory requirements ticked", async () => {
      const a = await at("VERIFIKASI_BERKAS");
      expect((await refusal(move(officer1, a, "DITOLAK"))).fieldErrors?.reason).toEqual(["applications.errors.reasonRequired"]);
      expect((await refusal(move(officer1, a, "DIPROSES"))).messageKey).toBe("applications.errors.requirementsIncomplete");
      await move(officer1, a, "DITOLAK", { reason: "Akta kelahiran tidak terbaca." });
      const pub = await svc.getPublic(a, { now: NOW }, t.db);
      expect(pub.status).toBe("DITOLAK");
      expect(pub.rejectionReason).toBe("Akta kelahiran tidak terbaca.");
    });

    it("refuses an NIK typed into a reason or a note", async () => {
      const a = await at("VERIFIKASI_BERKAS");
      const nik = nikFor(3);
      expect((await refusal(move(officer1, a, "DITOLAK", { reason: `NIK ${nik} palsu` }))).fieldErrors?.reason).toEqual(["applications.errors.noNikInText"]);
      expect((await refusal(svc.addNote(officer1, a, `cek ${nik.slice(0, 8)} ${nik.slice(8)}`, ctx, t.db))).fieldErrors?.body).toEqual([
        "applications.errors.noNikInText",
      ]);
      expect(await statusOf(a)).toBe("VERIFIKASI_BERKAS");
    });

    it("refuses a stale expected status (the officer saw an older one)", async () => {
      const a = await at("VERIFIKASI_BERKAS");
      const e = await refusal(move(officer1, a, "PERLU_PERBAIKAN", { expectedFrom: "DITERIMA" }));
      expect(e).toMatchObject({ code: "CONFLICT", messageKey: "applications.errors.changedMeanwhile" });
    });

    it("two officers moving the same application at once (both saw VERIFIKASI_BERKAS): exactly one change", async () => {
      const other = await makeStaff(t.db, "OFFICER", [1]);
      const second = t.connect();
      for (let round = 0; round < 3; round++) {
        const a = await at("VERIFIKASI_BERKAS");
        const results = await Promise.allSettled([
          svc.changeStatus(officer1, a, "PERLU_PERBAIKAN", { expectedFrom: "VERIFIKASI_BERKAS" }, ctx, t.db),
          svc.changeStatus(other, a, round === 0 ? "PERLU_PERBAIKAN" : "DITOLAK", { reason: "Tidak lengkap", expectedFrom: "VERIFIKASI_BERKAS" }, ctx, second),
        ]);
        const ok = results.filter((r) => r.status === "fulfilled");
        expect(ok).toHaveLength(1);
        const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
        expect((failed.reason as Refusal).code).toBe("CONFLICT");
        const history = await t.db.applicationStatusChange.findMany({ where: { application: { code: a } }, select: { toStatus: true } });
        expect(history.map((h) => h.toStatus)).toEqual(["DITERIMA", "VERIFIKASI_BERKAS", (ok[0] as PromiseFulfilledResult<{ status: string }>).value.status]);
        expect(await t.db.auditLog.count({ where: { action: "application.status", entityId: a, details: { contains: "PERLU_PERBAIKAN" } } }) +
          (await t.db.auditLog.count({ where: { action: "application.status", entityId: a, details: { contains: "DITOLAK" } } }))).toBe(1);
      }
    });

    it("a status change whose audit write fails changes nothing (status, history, audit)", async () => {
      const a = await at("VERIFIKASI_BERKAS");
      const before = {
        status: await statusOf(a),
        history: await t.db.applicationStatusChange.count({ where: { application: { code: a } } }),
        audit: await t.db.auditLog.count(),
      };
      // Make the database refuse every audit insert (a real failure inside the transaction).
      if (provider === "sqlite") {
        await t.db.$executeRawUnsafe(`CREATE TRIGGER test_audit_fail BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'audit down'); END`);
      } else {
        await t.db.$executeRawUnsafe(`CREATE FUNCTION test_audit_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$ LANGUAGE plpgsql`);
        await t.db.$executeRawUnsafe(`CREATE TRIGGER test_audit_fail BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION test_audit_fail()`);
      }
      try {
        await expect(move(officer1, a, "PERLU_PERBAIKAN", { publicNote: "Lengkapi KK" })).rejects.toThrow();
      } finally {
        if (provider === "sqlite") await t.db.$executeRawUnsafe(`DROP TRIGGER test_audit_fail`);
        else {
          await t.db.$executeRawUnsafe(`DROP TRIGGER test_audit_fail ON "AuditLog"`);
          await t.db.$executeRawUnsafe(`DROP FUNCTION test_audit_fail()`);
        }
      }
      expect({
        status: await statusOf(a),
        history: await t.db.applicationStatusChange.count({ where: { application: { code: a } } }),
        audit: await t.db.auditLog.count(),
      }).toEqual(before);
      // And with the audit back, the same change goes through.
      await move(officer1, a, "PERLU_PERBAIKAN");
      expect(await statusOf(a)).toBe("PERLU_PERBAIKAN");
    });
  });

  describe("scope and personal data", () => {
    it("an officer of another gerai can neither see nor act on the application (FORBIDDEN, audited)", async () => {
      const a = await at("VERIFIKASI_BERKAS");
      const refusedBefore = await t.db.auditLog.count({ where: { action: "access.refused", actorId: officer2.userId } });
      expect((await refusal(svc.getForStaff(officer2, a, ctx, t.db))).code).toBe("FORBIDDEN");
      expect((await refusal(move(officer2, a, "PERLU_PERBAIKAN"))).code).toBe("FORBIDDEN");
      const req = (await svc.getForStaff(officer1, a, ctx, t.db)).requirements[0]!;
      expect((await refusal(svc.setRequirementCheck(officer2, a, req.id, true, ctx, t.db))).code).toBe("FORBIDDEN");
      expect((await refusal(svc.addNote(officer2, a, "halo", ctx, t.db))).code).toBe("FORBIDDEN");
      expect((await refusal(svc.revealPersonalData(officer2, a, ctx, t.db))).code).toBe("FORBIDDEN");
      expect(await statusOf(a)).toBe("VERIFIKASI_BERKAS");
      expect(await t.db.auditLog.count({ where: { action: "access.refused", actorId: officer2.userId } })).toBe(refusedBefore + 5);
      const list = await svc.listApplications(officer2, {}, ctx, t.db);
      expect(list.items.some((i) => i.code === a)).toBe(false);
      expect((await svc.listApplications(officer1, { q: a.slice(2, 7) }, ctx, t.db)).items.map((i) => i.code)).toContain(a);
      expect((await svc.listApplications(admin, { q: a }, ctx, t.db)).items.map((i) => i.code)).toEqual([a]);
      // Front desk reads (masked) but never processes.
      expect((await svc.getForStaff(frontDesk, a, ctx, t.db)).allowedNext).toEqual([]);
      expect((await refusal(move(frontDesk, a, "PERLU_PERBAIKAN"))).code).toBe("FORBIDDEN");
    });

    it("revealing the full NIK and phone writes a pii.view audit row with the NIK masked", async () => {
      const nik = nikFor(seq++);
      const { code } = await direct(officer1, { nik, phone: "081298765432" });
      const view = await svc.getForStaff(officer1, code, ctx, t.db);
      expect(JSON.stringify(view)).not.toContain(nik);
      expect(view.nikMasked).toBe(`3375********${nik.slice(12)}`);
      const before = await t.db.auditLog.count({ where: { action: "pii.view" } });
      const pii = await svc.revealPersonalData(officer1, code, ctx, t.db);
      expect(pii).toEqual({ nik, phone: "081298765432" });
      const rows = await t.db.auditLog.findMany({ where: { action: "pii.view", entityId: code } });
      expect(rows).toHaveLength(1);
      expect(await t.db.auditLog.count({ where: { action: "pii.view" } })).toBe(before + 1);
      expect(rows[0]).toMatchObject({ actorId: officer1.userId, entityType: "Application", ip: "203.0.113.9" });
      expect(rows[0]!.details).toContain(`3375********${nik.slice(12)}`);
      expect(rows[0]!.details).not.toContain(nik);
    });

    it("flags overdue applications and filters on it", async () => {
      const { code } = await direct(officer1);
      const row = await t.db.application.findUniqueOrThrow({ where: { code }, select: { dueDayWib: true } });
      const later = { now: new Date(`${row.dueDayWib}T03:00:00Z`) };
      expect((await svc.getForStaff(officer1, code, later, t.db)).overdue).toBe(false);
      const after = { now: new Date(new Date(`${row.dueDayWib}T03:00:00Z`).getTime() + 86_400_000) };
      expect((await svc.getForStaff(officer1, code, after, t.db)).overdue).toBe(true);
      // Other tests' applications are overdue too (the list is paged, newest first): look this one up by code.
      const mine = await svc.listApplications(officer1, { overdue: true, q: code }, after, t.db);
      expect(mine.items.map((i) => [i.code, i.overdue])).toEqual([[code, true]]);
      const overdue = await svc.listApplications(officer1, { overdue: true }, after, t.db);
      expect(overdue.total).toBeGreaterThan(0);
      expect(overdue.items.every((i) => i.overdue)).toBe(true);
      const notYet = await svc.listApplications(officer1, { overdue: true, q: code }, later, t.db);
      expect(notYet.items).toEqual([]);
      const done = await at("SELESAI");
      expect((await svc.getForStaff(officer1, done, after, t.db)).overdue).toBe(false);
    });
  });

  describe("public view", () => {
    it("shows the timeline, service, gerai and due date with initials only: no NIK, phone, notes or staff", async () => {
      const nik = nikFor(seq++);
      const { code } = await direct(officer1, { nik, name: "Budi Santoso", phone: "081277778888" });
      await move(officer1, code, "VERIFIKASI_BERKAS", { publicNote: "Berkas sedang diperiksa." });
      await svc.addNote(officer1, code, "Catatan rahasia internal", ctx, t.db);
      const pub = await svc.getPublic(code.toLowerCase().replace(/-/g, " "), { now: NOW }, t.db);
      expect(pub).toMatchObject({ code, status: "VERIFIKASI_BERKAS", applicantInitials: "B. S.", receivedDay: "2026-12-23", overdue: false });
      expect(pub.counter.number).toBe(1);
      expect(pub.timeline.map((s) => s.status)).toEqual(["DITERIMA", "VERIFIKASI_BERKAS"]);
      expect(pub.timeline[1]?.note).toBe("Berkas sedang diperiksa.");
      const text = JSON.stringify(pub);
      for (const secret of [nik, nik.slice(12), "0812", "Budi", "Santoso", "Catatan rahasia", officer1.name, officer1.username, PODOSUGIH]) {
        expect(text).not.toContain(secret);
      }
    });

    it("BAD_REQUEST for a malformed code (reason), NOT_FOUND for an unknown one, a booking code is not an application code", async () => {
      expect((await refusal(svc.getPublic("P-1234", { now: NOW }, t.db))).fieldErrors?.code).toEqual(["tracking.codeErrors.LENGTH"]);
      expect((await refusal(svc.getPublic("P-K7M0-PX9Q", { now: NOW }, t.db))).fieldErrors?.code).toEqual(["tracking.codeErrors.CHARACTER"]);
      const { generateApplicationCode, generateBookingCode } = await import("@/lib/bookings/code");
      expect((await refusal(svc.getPublic(generateApplicationCode(), { now: NOW }, t.db))).code).toBe("NOT_FOUND");
      expect((await refusal(svc.getPublic(generateBookingCode(), { now: NOW }, t.db))).code).toBe("BAD_REQUEST");
    });

    it("rate-limits look-ups per IP address", async () => {
      const { code } = await direct(officer1);
      const ip = "198.51.100.77";
      for (let i = 0; i < svc.TRACKING_RATE_LIMIT.limit; i++) await svc.getPublic(code, { now: NOW, ip }, t.db);
      expect((await refusal(svc.getPublic(code, { now: NOW, ip }, t.db))).code).toBe("RATE_LIMITED");
      expect((await svc.getPublic(code, { now: NOW, ip: "198.51.100.78" }, t.db)).code).toBe(code);
    }, 60_000);
  });
});
