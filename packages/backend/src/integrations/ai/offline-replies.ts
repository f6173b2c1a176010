import type { Locale } from '../../lib/app-error.ts'
import { findFeelings } from './offline-feelings.ts'
import { detectIntent, type OfflineIntent } from './offline-intent.ts'

// Every reply says what it comes from (DESIGN.md 11): a program, not a person or a therapist,
// that does not diagnose. It is written once and woven into each reply.
const IDENTITY: Record<Locale, string> = {
  fa: 'من همراه آفلاین یکتایارم: یک برنامهٔ ساده، نه یک انسان و نه درمانگر، و تشخیصی نمی‌دهم.',
  en: "I'm Yektayar's offline companion: a simple program, not a person or a therapist, and I don't diagnose.",
}

const BOX_BREATHING: Record<Locale, string> = {
  fa: '۴ ثانیه دم، ۴ ثانیه نگه‌داشتن نفس، ۴ ثانیه بازدم و ۴ ثانیه مکث، و همین را چهار بار تکرار کن',
  en: 'breathe in for 4 seconds, hold for 4, breathe out for 4 and pause for 4, four rounds in a row',
}

const GROUNDING: Record<Locale, string> = {
  fa: '۵ چیز را که می‌بینی نام ببر، بعد ۴ چیز را که لمس می‌کنی، ۳ صدا که می‌شنوی، ۲ بو و ۱ مزه',
  en: 'name 5 things you can see, then 4 you can touch, 3 you can hear, 2 you can smell and 1 you can taste',
}

type ScriptedIntent = Exclude<OfflineIntent, 'reflect'>

const SCRIPTED: Record<ScriptedIntent, Record<Locale, string>> = {
  greeting: {
    fa: `سلام، خوشحالم که اینجایی. ${IDENTITY.fa} اگر دوست داری، بگو امروز حالت چطور است یا چه چیزی ذهنت را مشغول کرده. می‌توانم یک تمرین کوتاه تنفس پیشنهاد کنم، یا کمکت کنم برای جلسه با روان‌شناست آماده شوی.`,
    en: `Hi, I'm glad you're here. ${IDENTITY.en} If you like, tell me how you're doing today or what's on your mind. I can also suggest a short breathing exercise, or help you get ready for a session with your psychologist.`,
  },
  sleep: {
    fa: `به نظر می‌رسد خواب این روزها با تو راه نمی‌آید، و این واقعاً خسته‌کننده است. چند کار ساده گاهی کمک می‌کند: هر روز در یک ساعت ثابت بیدار شدن، کنار گذاشتن گوشی از یک ساعت پیش از خواب، و اگر حدود بیست دقیقه خوابت نبرد، بلند شدن و یک کار آرام در نور کم. اگر ذهنت در رختخواب شلوغ است، تنفس جعبه‌ای را امتحان کن: ${BOX_BREATHING.fa}. در [دوره‌ها](/courses) هم می‌توانی چیزهای بیشتری پیدا کنی. ${IDENTITY.fa}`,
    en: `It sounds like sleep hasn't been on your side lately, and that is really draining. A few simple things often help: getting up at the same time every day, putting the phone away an hour before bed, and if you can't fall asleep in about twenty minutes, getting up and doing something quiet in dim light. If your mind races in bed, try box breathing: ${BOX_BREATHING.en}. You can find more in the [courses](/courses). ${IDENTITY.en}`,
  },
  worry: {
    fa: `نگرانی و استرس هم ذهن را درگیر می‌کند و هم بدن را، و خوب است که از آن حرف می‌زنی. اگر همین حالا هم حسش می‌کنی، بیا با هم یک دور تنفس جعبه‌ای انجام دهیم: ${BOX_BREATHING.fa}. بعد اگر خواستی، بگو بیشتر نگران چه چیزی هستی. در [پرسشنامه‌ها](/assessments) هم می‌توانی با چند سؤال کوتاه ببینی این روزها اضطراب چقدر روی تو اثر گذاشته. ${IDENTITY.fa}`,
    en: `Worry and stress weigh on both the mind and the body, and it's good that you're talking about it. If you can feel it right now, let's do a round of box breathing together: ${BOX_BREATHING.en}. Afterwards, if you like, tell me what worries you most. The [questionnaires](/assessments) can also help you see, with a few short questions, how much anxiety has been affecting you lately. ${IDENTITY.en}`,
  },
  exercise: {
    fa: `حتماً. بیا تمرین ۵-۴-۳-۲-۱ را انجام دهیم تا به لحظهٔ حال برگردی: آرام‌آرام ${GROUNDING.fa}. اگر تنفس را ترجیح می‌دهی، تنفس جعبه‌ای هم کمک می‌کند: ${BOX_BREATHING.fa}. عجله نکن؛ هر جا لازم بود مکث کن. تمرین‌های بیشتری در [دوره‌ها](/courses) هست. ${IDENTITY.fa}`,
    en: `Of course. Let's try the 5-4-3-2-1 exercise to bring you back to the present moment: slowly ${GROUNDING.en}. If you'd rather use your breath, box breathing helps too: ${BOX_BREATHING.en}. Take your time and pause whenever you need to. There are more exercises in the [courses](/courses). ${IDENTITY.en}`,
  },
  sadness: {
    fa: `متأسفم که این روزها دلت گرفته یا احساس تنهایی می‌کنی؛ این حس‌ها سنگین‌اند و ممنونم که از آن‌ها گفتی. گاهی یک قدم کوچک کمک می‌کند، مثل پیام دادن به کسی که به او اعتماد داری یا ده دقیقه قدم زدن بیرون از خانه. اگر خواستی، بگو این حس بیشتر کی سراغت می‌آید. در [پرسشنامه‌ها](/assessments) می‌توانی ببینی حال و هوایت در دو هفتهٔ اخیر چطور بوده، و در [دوره‌ها](/courses) چیزهایی برای یاد گرفتن و امتحان کردن هست. اگر دوست داری با یک انسان حرف بزنی، روان‌شناس‌های یکتایار هم هستند. ${IDENTITY.fa}`,
    en: `I'm sorry you've been feeling low or lonely; those feelings are heavy, and thank you for telling me. Sometimes a small step helps, like messaging someone you trust or taking a ten-minute walk outside. If you like, tell me when this feeling tends to come. The [questionnaires](/assessments) can show how your mood has been over the last two weeks, and the [courses](/courses) have things to learn and try. If you'd like to talk with a person, Yektayar's psychologists are here too. ${IDENTITY.en}`,
  },
  psychologist: {
    fa: `چه خوب که می‌خواهی برای جلسه آماده شوی. پیش از جلسه چند خط یادداشت کن: این روزها چه چیزی بیشتر اذیتت کرده، از کی شروع شده، و در خواب، اشتها یا کار و درس‌خواندنت چه تغییری دیده‌ای. یکی دو سؤالی را هم که دوست داری از روان‌شناست بپرسی بنویس؛ اگر گفتن چیزی سخت است، اشکالی ندارد همین را اول جلسه بگویی. اگر در [پرسشنامه‌ها](/assessments) پرسشنامه‌ای پر کرده‌ای، می‌توانی نتیجه‌اش را هم با او در میان بگذاری. ${IDENTITY.fa}`,
    en: `It's good that you want to prepare for your session. Before it, jot down a few lines: what has troubled you most lately, when it started, and any changes you've noticed in your sleep, appetite, work or studies. Write down one or two questions you'd like to ask your psychologist too; if something feels hard to say, it's fine to start the session by saying just that. If you've filled in any of the [questionnaires](/assessments), you can share the results with them as well. ${IDENTITY.en}`,
  },
}

const OPEN_QUESTION: Record<Locale, string> = {
  fa: `ممنونم که نوشتی. دوست دارم بهتر بفهمم: این روزها حالت چطور است و چه چیزی بیشتر از همه ذهنت را مشغول کرده؟ لازم نیست کامل یا مرتب بگویی؛ از هر جا که راحتی شروع کن. ${IDENTITY.fa}`,
  en: `Thank you for writing. I'd like to understand better: how have you been lately, and what's been on your mind the most? It doesn't have to be complete or tidy; start wherever feels easiest. ${IDENTITY.en}`,
}

/** Reflective listening: the feelings found, said back as a question the person can correct. */
function reflection(feelings: string[], language: Locale): string {
  if (language === 'fa') {
    return `ممنونم که این‌ها را با من در میان گذاشتی. از نوشته‌ات حس می‌کنم این روزها ${listOf(feelings, '، ', ' و ')} را تجربه می‌کنی؛ درست فهمیدم؟ هر قدر که دوست داری دربارهٔ آن بنویس؛ من اینجا هستم. ${IDENTITY.fa}`
  }
  return `Thank you for sharing this with me. From what you wrote, it sounds like you've been dealing with ${listOf(feelings, ', ', ' and ')} lately; have I got that right? Write as much as you like about it; I'm here. ${IDENTITY.en}`
}

function listOf(items: string[], comma: string, and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(comma)}${and}${items.at(-1)}`
}

/** The offline companion's whole answer to what the person last wrote. */
export function offlineReply(lastUserText: string, language: Locale): string {
  const intent = detectIntent(lastUserText)
  if (intent !== 'reflect') return SCRIPTED[intent][language]
  const feelings = findFeelings(lastUserText, language)
  return feelings.length > 0 ? reflection(feelings, language) : OPEN_QUESTION[language]
}
