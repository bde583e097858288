import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { AutoRefresh } from "@/components/queue/auto-refresh";
import { clock, minutes } from "@/components/queue/format";
import type { Locale } from "@/i18n/config";
import { pageLocale } from "@/i18n/page";
import { requireStaffPage, type Actor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { GRACE_MINUTES } from "@/lib/queue/order";
import { getQueue, servicesByCounter, type CounterServices } from "@/lib/queue/service";
import type { VisitView } from "@/lib/queue/types";
import { queueAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<{ pesan?: string; galat?: string; tiket?: string; kunjungan?: string; gerai?: string }>;
};

const DONE_KEYS = ["call", "recall", "skip", "start", "finish", "transfer"] as const;
const ERROR_KEYS = ["empty", "changed", "otherDay", "target", "failed"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: "staffQueue" });
  return { title: t("titleCounter", { number }), robots: { index: false } };
}

async function loadQueue(actor: Actor, number: number) {
  try {
    return await getQueue(actor, number);
  } catch (e) {
    if (e instanceof AppError && e.code === "FORBIDDEN") forbidden();
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

const buttonClass = "min-h-11 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
const primaryClass = "min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800";

/** Today's queue of one gerai with the officer's actions. */
export default async function CounterQueuePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { number } = await params;
  if (!/^\d{1,3}$/.test(number)) notFound();
  const path = `/staf/antrian/${number}`;
  const actor = await requireStaffPage("queue:read", path);
  const queue = await loadQueue(actor, Number(number));
  const operate = can(actor.role, "queue:operate");
  const [t, targets, sp] = await Promise.all([
    getTranslations({ locale, namespace: "staffQueue" }),
    operate ? servicesByCounter() : Promise.resolve([]),
    searchParams,
  ]);
  const done = DONE_KEYS.find((k) => k === sp.pesan);
  const error = ERROR_KEYS.find((k) => k === sp.galat);
  const others = targets.filter((c) => c.id !== queue.counter.id && c.services.length > 0);
  const c = queue.counter;

  return (
    <>
      <AutoRefresh seconds={10} />
      <h1 className="text-2xl font-bold text-brand-900">{t("titleCounter", { number: c.number })}</h1>
      <p className="mb-4 text-muted">{t("counterLink", { number: c.number, name: c.name, floor: c.floor })}</p>

      {done && sp.tiket && (
        <div role="status" className="mb-4 border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="queue-notice">
          <p className="font-semibold">{t(`done.${done}`, { ticket: sp.tiket, counter: sp.gerai ?? "" })}</p>
          {done === "finish" && sp.kunjungan && (
            <p className="mt-2">
              <Link href={`/staf/permohonan/baru?kunjungan=${encodeURIComponent(sp.kunjungan)}`}>{t("createApplication")}</Link>
            </p>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="mb-4 border-4 border-red-700 p-4 font-semibold" data-testid="queue-error">
          {t(`errors.${error}`)}
        </p>
      )}

      <p className="max-w-3xl text-sm text-muted" id="aturan-antrean">
        {t("rule", { minutes: GRACE_MINUTES })}
      </p>
      <p className="mb-6 text-sm text-muted">{t("autoRefresh")}</p>
      {!operate && <p className="mb-6 font-semibold">{t("readOnly")}</p>}

      {operate && (
        <form action={queueAction} className="mb-8">
          <input type="hidden" name="counter" value={c.number} />
          <button type="submit" name="op" value="call-next" className={primaryClass} data-testid="call-next" disabled={queue.waiting.length === 0}>
            {t("callNext")}
          </button>
        </form>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="q-called">
          <h2 id="q-called" className="mb-3 text-xl font-bold text-brand-900">
            {t("called", { count: queue.called.length })}
          </h2>
          {queue.called.length === 0 && <p>{t("empty")}</p>}
          <ul className="space-y-4">
            {queue.called.map((v) => (
              <VisitCard key={v.id} visit={v} locale={locale} t={t} operate={operate} others={others} ops={["recall", "start", "skip"]} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="q-serving">
          <h2 id="q-serving" className="mb-3 text-xl font-bold text-brand-900">
            {t("serving", { count: queue.serving.length })}
          </h2>
          {queue.serving.length === 0 && <p>{t("empty")}</p>}
          <ul className="space-y-4">
            {queue.serving.map((v) => (
              <VisitCard key={v.id} visit={v} locale={locale} t={t} operate={operate} others={others} ops={["finish"]} />
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="q-waiting" className="mt-8">
        <h2 id="q-waiting" className="mb-3 text-xl font-bold text-brand-900">
          {t("waiting", { count: queue.waiting.length })}
        </h2>
        {queue.waiting.length === 0 && <p>{t("empty")}</p>}
        <ol className="space-y-2" data-testid="waiting-list">
          {queue.waiting.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-gray-300 pb-2">
              <span className="text-xl font-bold tabular-nums">{v.ticket}</span>
              <span>{v.name}</span>
              <span className="text-muted">{locale === "en" ? v.service.nameEn : v.service.name}</span>
              <Badges visit={v} t={t} />
              <span className="text-sm text-muted">{t("checkedIn", { time: clock(v.checkedInAt) })}</span>
              {operate && (
                <form action={queueAction} className="ml-auto">
                  <input type="hidden" name="counter" value={c.number} />
                  <input type="hidden" name="visit" value={v.id} />
                  <button type="submit" name="op" value="call" className={buttonClass} aria-label={`${t("call")} ${v.ticket}`}>
                    {t("call")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="q-finished" className="mt-8">
        <h2 id="q-finished" className="mb-3 text-xl font-bold text-brand-900">
          {t("finished", { count: queue.finished.length })}
        </h2>
        {queue.finished.length === 0 && <p>{t("empty")}</p>}
        <ul className="space-y-2" data-testid="finished-list">
          {queue.finished.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-gray-300 pb-2">
              <span className="font-bold tabular-nums">{v.ticket}</span>
              <span>{v.name}</span>
              <span className="font-semibold">{t(`status.${v.status}`)}</span>
              {v.waitSeconds !== null && <span className="text-sm text-muted">{t("waited", { minutes: minutes(v.waitSeconds) })}</span>}
              {v.serviceSeconds !== null && <span className="text-sm text-muted">{t("served", { minutes: minutes(v.serviceSeconds) })}</span>}
              {v.status === "DONE" && operate && (
                <Link href={`/staf/permohonan/baru?kunjungan=${v.id}`} aria-label={`${t("createApplication")} ${v.ticket}`}>
                  {t("createApplication")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"staffQueue">>>;

function Badges({ visit: v, t }: { visit: VisitView; t: T }) {
  const badge = "rounded border border-gray-600 px-2 py-0.5 text-sm";
  return (
    <>
      {v.priority && <span className={`${badge} border-brand-700 bg-brand-50 font-semibold`}>{t("priority")}</span>}
      {v.source === "BOOKING" && v.slotStart && <span className={badge}>{t("booked", { time: clock(v.slotStart) })}</span>}
      {v.source === "WALK_IN" && <span className={badge}>{t("walkIn")}</span>}
      {v.late && <span className={`${badge} border-amber-700 font-semibold`}>{t("late")}</span>}
      {v.transferredFrom && <span className={badge}>{t("transferred")}</span>}
    </>
  );
}

function VisitCard({
  visit: v,
  locale,
  t,
  operate,
  others,
  ops,
}: {
  visit: VisitView;
  locale: Locale;
  t: T;
  operate: boolean;
  others: CounterServices[];
  ops: ("recall" | "start" | "skip" | "finish")[];
}) {
  const head = `kartu-${v.id}`;
  return (
    <li className="border-2 border-gray-600 p-4" aria-labelledby={head} data-testid={`visit-${v.ticket}`}>
      <h3 id={head} className="text-3xl font-bold tabular-nums">
        {v.ticket}
      </h3>
      <p className="font-semibold">{v.name}</p>
      <p>
        {locale === "en" ? v.service.nameEn : v.service.name}
        {v.nikMasked ? ` · NIK ${v.nikMasked}` : ""}
      </p>
      <p className="mt-1 flex flex-wrap gap-2">
        <Badges visit={v} t={t} />
      </p>
      <p className="mt-1 text-sm text-muted">
        {t("checkedIn", { time: clock(v.checkedInAt) })} · {t("calledAt", { time: clock(v.calledAt) })} ·{" "}
        {t("waited", { minutes: minutes(v.waitSeconds) })}
      </p>
      {operate && (
        <>
          <form action={queueAction} className="mt-3 flex flex-wrap gap-2">
            <input type="hidden" name="counter" value={v.counter.number} />
            <input type="hidden" name="visit" value={v.id} />
            {ops.map((op) => (
              <button key={op} type="submit" name="op" value={op} className={op === "start" || op === "finish" ? primaryClass : buttonClass} aria-describedby={head}>
                {t(op)}
              </button>
            ))}
          </form>
          <form action={queueAction} className="mt-3 flex flex-wrap items-end gap-2">
            <input type="hidden" name="counter" value={v.counter.number} />
            <input type="hidden" name="visit" value={v.id} />
            <div>
              <label htmlFor={`target-${v.id}`} className="block text-sm font-semibold">
                {t("transferTo", { ticket: v.ticket })}
              </label>
              <select id={`target-${v.id}`} name="target" defaultValue="" className="min-h-11 max-w-xs rounded border-2 border-gray-600 bg-white px-2">
                <option value="">{t("chooseTarget")}</option>
                {others.map((c) => (
                  <optgroup key={c.id} label={`${c.number}. ${c.name}`}>
                    {c.services.map((s) => (
                      <option key={s.id} value={s.id}>
                        {locale === "en" ? s.nameEn : s.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" name="op" value="transfer" className={buttonClass} aria-describedby={head}>
              {t("transfer")}
            </button>
          </form>
        </>
      )}
    </li>
  );
}
