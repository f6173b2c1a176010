import type { PhraseList } from './risk-categories.ts'

// English as people type it: apostrophes are dropped before matching ("I'm" reads "im", "don't"
// "dont"), and "i m" or "i am" are spelled out where they matter. Phrases are first person
// ("myself", "my wrists", "I'm … suicidal") so "this traffic is killing me", "my phone died" and
// an article about suicide prevention never match.

const I_AM =
  '(i~m|i am|ive been|i ve been|i have been|been|i feel|i felt|feeling|i~m feeling|i was|getting|i get)'
const VERY =
  '(so |really |very |pretty |quite |kinda |kind of |a bit |a little |extremely |super |actively )?'
const INTEND =
  '(i|i~ll|i will|i~m going to|going to|gonna|want to|wanna|planning to|plan to|thinking about|thinking of|think about|tried to|trying to|decided to|might)'
/** "kill myself laughing", "killing myself at the gym" are hyperbole. */
const HYPERBOLE =
  '(laughing|with laughter|at the gym|at work|working|trying to|over (this|that|it)|for (a|an|some|that|this|the))'
/** "I cut myself shaving" and the like. */
const ACCIDENT =
  '(shaving|while|when|by accident|accidentally|cooking|on (a|the|some|that|an)|at (the )?(gym|practice|football|work)|playing|lifting|in the kitchen|opening|making)'
const PILLS = '(pills|meds|tablets|medication|sleeping pills|painkillers)'
const OTHER = '(himself|herself|themselves|themself|his life|her life|their life|their lives)'
const SOMEONE =
  '(he|she|they|friend|brother|sister|mom|mum|mother|dad|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|roommate|cousin|classmate|colleague|kid|child|student)'

export const englishPhrases: PhraseList = {
  explicit_intent: [
    {
      match: '(kill|killing|off|unalive|unaliving) (myself|my self|meself|me self)',
      notAfter: HYPERBOLE,
    },
    { match: 'kms', notBefore: '#' },
    '(sewer~slide|unalive) (myself|me)',
    `${INTEND} (sewer~slide|unalive)`,
    { match: 'end (my life|my own life|it all|everything)', notAfter: '(with|between)' },
    {
      match: '(want|wanna|going|gonna|ready|about|plan|planning|need|decided) to end it',
      notAfter: '(with|between|here|now with|for (today|now))',
    },
    'take my (own )?life',
    'want (it all|everything) to (end|stop)',
    `${INTEND} commit~(ing)? suicide`,
    `${I_AM} ${VERY}suicidal`,
    'suicidal (again|rn|right now|tonight|today)',
    '(i have|ive had|i ve had|i~m having|having|i keep having|been having|my|i get|i had) suicidal (thoughts|ideation|feelings|urges)',
    '(i have|i~m having|having|i keep having|been having|i get|i had) (thoughts|urges) (of|about) (suicide|dying|ending it)',
    '(thinking|thought|think) (about|of) (suicide|ending (it|my life)|taking my (own )?life)',
    {
      match: '((want|going|ready|need) to|wanna|gonna) die',
      notBefore: '(they|you|nobody|no one|who|people|we|were|all)',
      notAfter: '(of|from|laughing|someday|one day)',
    },
    '(want|wanna) (to )?be dead',
    {
      match:
        '(dont|do not|no longer|never|really dont) (want|wanna) to (live|be alive|exist|keep living|go on living)( anymore)?',
      notAfter:
        '(in|with|at|near|there|here|abroad|on|by|under|alone|together|like|without|close|next|so)',
    },
    { match: '(dont|do not|no longer) (want|wanna) to be here anymore', notAfter: '(at|in|with)' },
  ],
  plan_or_means: [
    `(have|got|ve|ive|been) (been )?(saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) (up )?(my |all my |enough |some |a lot of |lots of )?${PILLS}`,
    `(i have|i ve got|ive got|i got) (enough |some |all my |a bunch of |lots of )?${PILLS} (saved|stockpiled|hidden|ready|set aside)`,
    `(took|swallowed|going to take|gonna take|about to take|want to take) (all|a bunch of|a handful of|too many|(the|a) whole (bottle|pack|box|packet) of)( my| of my| the)? ${PILLS}`,
    `(took|swallowed|taken|going to take|gonna take) & ${PILLS}`,
    '(going to|gonna|want to|wanna|about to|planning to|tried to|might|i) (overdose|od)',
    '(bought|got|have|tied|made) a (noose|rope to hang myself)',
    'hang~(ing)? myself',
    '(going to|gonna|want to|wanna|about to|planning to|thinking about|thinking of) (jump|jumping) (off|from|in front of)',
    '(i know|i~ve decided|i decided|i~ve planned|i planned|i have planned) (how|when|where) (i~ll|i will|i~m going to|to) (do it|end it|die|kill myself)',
    'how (many|much) _ (to die|to kill me|would kill me|is lethal|is fatal|to overdose|to od)',
    '(painless|easiest|quickest|best) (way|ways|method) to (die|end it|commit suicide)',
    'slit my wrists?',
  ],
  self_harm: [
    {
      match:
        '(cut|cutting|burned|burnt|burning|scratched|scratching|hurt|hurting|harmed|harming|stabbed) (myself|my wrists?|my arms?|my thighs?|my legs?)',
      notBefore: '(accidentally|almost|nearly)',
      notAfter: ACCIDENT,
    },
    '(i|ive|i ve|been|started|relapsed|relapsed on|back to|want to|wanna|urge to|urges to|i keep|i still) (self~harm|selfharm)(ed|ing)?',
    '(relapsed on|urge to|urges to) sh',
    '(made|make) myself bleed',
    '(took|taken) an overdose',
  ],
  farewell: [
    {
      match:
        '(goodbye|good bye|bye|farewell) (everyone|everybody|all|world|forever|cruel world|for good|for ever)',
      notAfter:
        '(see|for now|till|until|have|good night|goodnight|talk|ttyl|catch|back|thanks|thank|and thanks)',
    },
    {
      match: 'this (is|will be) (the end|my last (message|post|goodbye|words|note))',
      notAfter: '(of|for|before|until|till)',
    },
    'by the time (you|anyone|someone|u) (read|reads|see|sees|find|finds) this',
    '(wont|will not) be (alive|here) (tomorrow|anymore|much longer)',
    'wont be around much longer',
    '(wrote|written|writing|left|finished) (a |my )?(suicide|goodbye) (note|letter)',
    'forgive me for what (i~m|i am) (about|going) to do',
    '(i~ve|i have|been) (given|giving) away (my|all my) (stuff|things|belongings)',
  ],
  passive_wish: [
    'wish (i|id) (was|were|could be|d be) dead',
    'wish i (wasnt|werent|was not|were not|didnt exist|did not exist|was never born|had never been born|d never been born|hadnt been born)',
    'wish i (could|would) (just )?(die|disappear forever|sleep forever|not wake up)',
    'wish (to die|for death|i could stop existing)',
    '(hope|hoping) (that )?i (dont|never|do not|wont) wake up',
    '(sleep|go to sleep|fall asleep) and (never|not) wake (up|again)',
    'better off dead',
    '(everyone|everybody|they|the world|my family|people|my parents|my kids) (would be|d be|will be|are|is) better off without me',
    '(wouldnt|would not) mind (dying|if i died|not waking up|being dead)',
    '(no|dont see a|dont see any|cant see a|cant see any|dont have a|dont have any) reason to (live|keep living|be alive|go on|stay alive)',
    '(thinking|think|thought) (about|of) (death|dying)( a lot| all the time)?',
    '(not sure|dont know if|do not know if) (i )?(want|wanna) to (live|be alive|keep living|go on)',
    'disappear (forever|for good|and never come back)',
  ],
  hopelessness: [
    '(theres|there is|there s|see) no point (anymore|any more|in anything|in living|in trying|to anything|to life|in going on|to living|in being alive|left)',
    'what~s the point (of (living|life|anything|it all|going on|being alive|trying|existing)|anymore|in living)',
    {
      match: '(cant|can not|cannot) go on',
      notAfter: '(the|a|this|that|with|holiday|vacation|tour|trips?)',
    },
    { match: '(cant|can not|cannot) keep going', notAfter: '(to|with|at|back)' },
    '(cant|can not|cannot) (do this|take (it|this)|cope|handle (it|this|life)) (anymore|any more)',
    '(cant|can not|cannot) live like this',
    {
      match: `(i feel|feeling|i~m|i am|so|completely|totally|utterly) ${VERY}hopeless`,
      notAfter: '(at|with|when|in)',
    },
    'nothing (will|is going to|s going to|is ever going to|s ever going to|is gonna|s gonna) (ever )?get better',
    '(things|life|my life|it) (will never|ll never|are never going to|is never going to|s never going to|re never going to|never) get better',
    '(i~m|i am) (such |just )?a burden',
    '(i~m|i am|so) (so |really |just )?(tired|sick) of (living|being alive|life|existing)',
    '(i~m|i am) (so |just )?done with (life|living)',
    '(theres|there is|there s|i see|i have|i can see) no way out',
    'give up on (life|living)',
    '(i have|i~ve got|theres|there is) no future( for me)?',
    '(no hope (left|anymore|for me)|lost all hope|i have no hope)',
  ],
  reported_risk: [
    {
      match: `(kill|killing|end|ending|hurt|hurting|harm|harming|cut|cutting|cuts|unalive) ${OTHER}`,
      notAfter: HYPERBOLE,
    },
    `${SOMEONE}( is| s|s| are| re|re| has been| have been| was| feels| seems| sounds)? ${VERY}suicidal`,
    {
      match: '(wants|wanted|wishes) to die',
      notBefore: '(nobody|no one|noone|everyone|everybody|who)',
    },
    {
      match: `${SOMEONE} (keeps |kept |has been |is |s |was |been )?(talking|talks|talked) about (suicide|dying|wanting to die|ending it|ending (his|her|their) life)`,
      notAfter: '(prevention|awareness|statistics|rates|research|hotline|in (class|school))',
    },
  ],
}
