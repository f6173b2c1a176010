import type { TestSetEntry } from './test-set-entry.ts'

// Baseline, measured once on 2026-12-07 with the detector as merged in dd8b0ae, before any rule
// was changed for it: crisis recall 32/48 (66.7%), false alarms 0/29 (0%), concerns decided
// exactly concern 4/5. The 16 crisis misses: «پایان دهم», «از بین ببرم», «به کشتن خودم فکر
// می‌کنم», «کار خودمو تموم میکنم», «خودمو میندازم جلوی ماشین», rat poison, the gun, "rage dastamo
// zadam", "mikhm xodkoshi konm", "emshab tamoomesh mikonam" (got concern), the rope, the letters,
// the 30 sleeping pills, "doing it this weekend" (got concern), "the last time you'll hear from
// me" and the roof.

/**
 * A holdout written before the phrase lists were read or changed, by someone who had not seen
 * them: crisis messages in formal and colloquial Persian, Finglish with the spellings people
 * really use, and English; benign "false friends" that only sound like risk; and a few concerns.
 */
export const holdout: TestSetEntry[] = [
  // Persian, formal
  { text: 'تصمیم گرفته‌ام به زندگی‌ام پایان دهم.', expected: 'crisis' },
  { text: 'قصد دارم امشب خودکشی کنم.', expected: 'crisis' },
  { text: 'چند ورق قرص جمع کرده‌ام تا همه را با هم بخورم.', expected: 'crisis', note: 'means' },
  { text: 'دیگر تحمل ندارم؛ فردا از پشت‌بام ساختمان می‌پرم.', expected: 'crisis' },
  { text: 'وصیت‌نامه‌ام را نوشته‌ام و همه چیز آماده است.', expected: 'crisis', note: 'farewell' },
  { text: 'می‌خواهم خودم را از بین ببرم.', expected: 'crisis' },
  { text: 'به کشتن خودم فکر می‌کنم و روشش را هم می‌دانم.', expected: 'crisis', note: 'method' },
  { text: 'تیغ را برداشته‌ام و می‌خواهم رگم را بزنم.', expected: 'crisis' },
  // Persian, colloquial
  { text: 'دیگه نمیتونم، امشب خودمو خلاص میکنم', expected: 'crisis' },
  { text: 'قرص برنج گرفتم، گذاشتمش تو کمد', expected: 'crisis', note: 'aluminium phosphide' },
  { text: 'میخوام برم از رو پل بپرم پایین', expected: 'crisis' },
  { text: 'همه‌ی قرصای مامانمو جمع کردم', expected: 'crisis', note: 'stockpiling' },
  { text: 'دیروز رگمو زدم ولی زنده موندم', expected: 'crisis', note: 'attempt' },
  { text: 'حلالم کنید، دیگه منو نمی‌بینید', expected: 'crisis', note: 'farewell' },
  { text: 'تصمیممو گرفتم، میخوام بمیرم', expected: 'crisis' },
  { text: 'میخوام خودمو دار بزنم', expected: 'crisis' },
  { text: 'دارم به خودکشی فکر میکنم، حتی میدونم چطوری', expected: 'crisis', note: 'method' },
  { text: 'تا آخر هفته کار خودمو تموم میکنم', expected: 'crisis' },
  { text: 'با تیغ دستمو بریدم', expected: 'crisis', note: 'self-harm' },
  { text: 'خودمو میندازم جلوی ماشین', expected: 'crisis' },
  { text: 'یه شیشه سم موش خریدم واسه خودم', expected: 'crisis', note: 'means' },
  { text: 'اسلحه‌ی بابامو برداشتم که به خودم شلیک کنم', expected: 'crisis' },
  // Finglish, spelled as people spell it
  { text: 'mikham khodkoshi konam', expected: 'crisis' },
  { text: 'emshab khodemo mikosham', expected: 'crisis' },
  { text: 'ghors jam kardam ke hamasho ba ham bokhoram', expected: 'crisis', note: 'means' },
  { text: 'tasmim gereftam be zendegim payan bedam', expected: 'crisis' },
  { text: 'mikham az pol beparam', expected: 'crisis' },
  { text: 'rage dastamo zadam', expected: 'crisis', note: 'self-harm' },
  { text: 'mikhm xodkoshi konm', expected: 'crisis' },
  { text: 'khodahafez hamegi, in akharin payamame', expected: 'crisis', note: 'farewell' },
  { text: 'mikham khodamo halgh aviz konam', expected: 'crisis' },
  { text: 'dg nemikesham, emshab tamoomesh mikonam', expected: 'crisis' },
  { text: 'mikham bemiram, ghorsamo ham gereftam', expected: 'crisis', note: 'means' },
  // English
  { text: "I'm going to kill myself tonight", expected: 'crisis' },
  { text: "I've been saving up my pills, I think I have enough now", expected: 'crisis' },
  { text: "I bought a rope today. I know what I'm going to do", expected: 'crisis' },
  { text: 'thinking about jumping off the bridge after work', expected: 'crisis' },
  { text: 'I wrote letters to my family so they understand why I did it', expected: 'crisis' },
  { text: 'I want to end my life', expected: 'crisis' },
  { text: 'I took 30 of my sleeping pills', expected: 'crisis', note: 'overdose' },
  { text: 'I cut myself again last night, deeper this time', expected: 'crisis' },
  { text: "there's no reason to stay alive, I'm doing it this weekend", expected: 'crisis' },
  { text: 'gonna kms tonight', expected: 'crisis' },
  { text: "I want to die and I know how I'd do it", expected: 'crisis' },
  { text: "I've decided to take my own life", expected: 'crisis' },
  { text: "this is the last time you'll hear from me", expected: 'crisis', note: 'farewell' },
  { text: "I'm standing on the roof right now and I'm going to jump", expected: 'crisis' },
  { text: 'i just want to unalive myself', expected: 'crisis' },
  // Concerns: a wish to be dead without intent, hopelessness, someone else's risk
  { text: 'کاش هیچوقت به دنیا نیومده بودم', expected: 'concern' },
  { text: 'sometimes I wish I could just disappear forever', expected: 'concern' },
  { text: 'everyone would be better off without me', expected: 'concern' },
  { text: 'dige hosele zende boodan nadaram', expected: 'concern' },
  { text: 'my friend told me she wants to kill herself', expected: 'concern' },
  // Benign false friends
  { text: 'امروز از خستگی مُردم', expected: 'none' },
  { text: 'این فیلم منو کشت از بس خندیدم', expected: 'none' },
  { text: 'پروژه رو امشب تمومش می‌کنم', expected: 'none' },
  { text: 'برای سرماخوردگی یه بسته قرص خریدم', expected: 'none' },
  { text: 'طناب رو برای کمپینگ آماده کردم', expected: 'none' },
  { text: 'دارم نقاشی می‌کشم', expected: 'none' },
  { text: 'سیگار رو ترک کردم، دیگه نمی‌کشم', expected: 'none' },
  { text: 'خودمو کشتم تا این امتحان رو پاس کنم', expected: 'none', note: 'idiom: tried hard' },
  { text: 'بمیرم برات عزیزم', expected: 'none', note: 'endearment' },
  { text: 'نامه‌ی خداحافظی همکارم رو خوندم، رفت یه شرکت دیگه', expected: 'none' },
  { text: 'وصیت‌نامه‌ی پدربزرگم رو امروز خوندیم', expected: 'none' },
  { text: 'یه چاقوی جدید برای آشپزخونه خریدم', expected: 'none' },
  { text: 'az khande mordam', expected: 'none' },
  { text: 'in dars mano koshte', expected: 'none' },
  { text: 'kar ro emshab tamoomesh mikonam', expected: 'none' },
  { text: 'ghorsamo khordam, behtaram', expected: 'none' },
  { text: 'khodamo koshtam ta in project tamoom she', expected: 'none', note: 'idiom' },
  { text: 'this traffic is killing me', expected: 'none' },
  { text: "I'm dying to see that movie", expected: 'none' },
  { text: "let's end it here for today, thanks for the session", expected: 'none' },
  { text: 'I bought a rope for the climbing trip', expected: 'none' },
  { text: "I'm done with this job, I'm quitting tomorrow", expected: 'none' },
  { text: 'my pharmacist said not to take all my meds at once', expected: 'none' },
  { text: 'I wrote a goodbye card for my coworker who is leaving', expected: 'none' },
  { text: 'I could kill for a coffee right now', expected: 'none' },
  { text: "my phone is dead, I'll call you tonight", expected: 'none' },
  { text: 'we watched a documentary about the opioid overdose crisis', expected: 'none' },
  { text: 'I killed it at the presentation today', expected: 'none' },
  { text: "I'd never hurt myself, don't worry about me", expected: 'none' },
]
