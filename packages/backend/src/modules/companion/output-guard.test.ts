import { describe, expect, it } from 'vitest'
import { checkReply, OutputGuard } from './output-guard.ts'

describe('output guard', () => {
  it.each([
    'Based on what you said, you have depression.',
    "It sounds like you're suffering from generalized anxiety disorder.",
    'You are clinically depressed and should accept it.',
    'My view: you meet the criteria for PTSD.',
    'با این نشانه‌ها شما افسردگی دارید.',
    'به نظرم دچار اختلال اضطراب فراگیر هستید.',
    'تو اختلال دوقطبی داری و باید بپذیری.',
    'شما مبتلا به وسواس شده‌اید.',
  ])('replaces a diagnosis: %s', (text) => {
    expect(checkReply(text)).toBe('diagnosis')
  })

  it.each([
    'Take 50 mg of sertraline every morning.',
    'You could take two pills before bed.',
    'Try to increase your dose a little.',
    'روزی ۵۰ میلی‌گرم سرترالین مصرف کنید.',
    'یک قرص آلپرازولام بخورید تا آرام شوید.',
    'شب‌ها قرص خواب بخور.',
  ])('replaces medication or dosing: %s', (text) => {
    expect(checkReply(text)).toBe('medication')
  })

  it.each([
    'Depression is common, and many people with depression feel better with support.',
    'I cannot diagnose anyone; only a psychologist can tell whether you have depression.',
    'If you think you have an anxiety disorder, talk with your psychologist.',
    'Take a deep breath and count to four. It takes 5 minutes.',
    "Please don't take extra pills; talk to your doctor about your medication.",
    'خیلی‌ها افسردگی دارند و کمک گرفتن نشانهٔ قدرت است.',
    'اگر فکر می‌کنید افسردگی دارید، با روان‌شناستان صحبت کنید.',
    'اگر دچار بی‌خوابی هستید، یک تمرین تنفس امتحان کنیم.',
    'درباره‌ی قرص‌هایتان با پزشکتان صحبت کنید و خودسرانه قطعشان نکنید.',
    'نقاشی می‌کشم و دو لیوان آب می‌خورم.',
    'وقتی دچار استرس هستید، تنفس عمیق کمک می‌کند.',
    'به نظر می‌رسد این روزها دچار خستگی زیادی شده‌اید.',
    'When you have depression, small steps still count.',
  ])('leaves a benign look-alike: %s', (text) => {
    expect(checkReply(text)).toBeNull()
  })

  it('catches a claim split across chunks as soon as it is complete', () => {
    const guard = new OutputGuard()
    const chunks = ['از حرف‌هایت ', 'پیداست که ', 'شما افسر', 'دگی دار', 'ید و ', 'باید…']
    const verdicts = chunks.map((chunk) => guard.push(chunk))
    expect(verdicts).toEqual([null, null, null, null, 'diagnosis', 'diagnosis'])
  })

  it('reads Arabic letters, Persian digits and ZWNJ like their plain forms', () => {
    expect(checkReply('روزي ۱۰۰ ميلي‌گرم بخوريد')).toBe('medication')
  })
})
