// Interleaved best-of-N comparison of URLs on servers that are already running (e.g. started
// by hand on a shared, busy machine): per round, each URL gets a 1 s unrecorded autocannon run
// and a `secs` recorded one; reports per URL the max and median req/s and the min and median
// server CPU per request (the listening process's process group, from /proc), and each against
// the first URL. Short interleaved rounds and the best round per target are steadier than one
// long run per target when other work comes and goes.
//
//   node bench/interleaved.mjs <rounds> <secs> name=url [name=url ...]   (first = reference)
import autocannon from "autocannon";
import fs from "node:fs";
import { execSync } from "node:child_process";
const [,, rounds, secs, ...targets] = process.argv; // name=url
function pgOfPort(port){ const out=execSync(`ss -ltnp`).toString().split("\n").find(l=>l.includes(`:${port} `)); const pid=/pid=(\d+)/.exec(out)[1]; return Number(fs.readFileSync(`/proc/${pid}/stat`,"utf8").split(") ")[1].split(" ")[2]); }
function cpu(g){ let t=0; for (const d of fs.readdirSync("/proc")) { if (!/^\d+$/.test(d)) continue; try { const s=fs.readFileSync(`/proc/${d}/stat`,"utf8").split(") ")[1].split(" "); if (Number(s[2])!==g) continue; t+=Number(s[11])+Number(s[12]); } catch {} } return t*10; }
const T = targets.map(t=>{ const [name,url]=t.split("="); return {name,url,pg:pgOfPort(new URL(url).port),rps:[],cpu:[]}; });
for (let r=0;r<Number(rounds);r++) for (const t of T) {
  await autocannon({url:t.url, connections:20, duration:1});
  const c0=cpu(t.pg); const res=await autocannon({url:t.url, connections:20, duration:Number(secs)}); const c=cpu(t.pg)-c0;
  t.rps.push(Math.round(res.requests.average)); t.cpu.push(+(c/res.requests.total).toFixed(3));
  if (res.non2xx) console.log("non2xx!", t.name);
}
const med=a=>{const v=[...a].sort((x,y)=>x-y);return v[Math.floor(v.length/2)]};
for (const t of T) console.log(t.name.padEnd(12), "rps max", Math.max(...t.rps), "med", med(t.rps), "| cpu ms/req min", Math.min(...t.cpu), "med", med(t.cpu), "| rps", t.rps.join(" "), "| cpu", t.cpu.join(" "));
const b=T[0]; for (const t of T.slice(1)) console.log(t.name.padEnd(12), "of baseline: rps(max) ", (Math.max(...t.rps)/Math.max(...b.rps)*100).toFixed(1)+"%", " cpu(min) ", (Math.min(...b.cpu)/Math.min(...t.cpu)*100).toFixed(1)+"%", " cpu(med) ", (med(b.cpu)/med(t.cpu)*100).toFixed(1)+"%");
