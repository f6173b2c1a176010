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
const PILLS =
  '((sleeping|sleep|pain|anxiety|heart|blood pressure|bp) )?(pills|meds|tablets|medication|medications|painkillers|capsules|antidepressants|insulin)'
/** "tonight", "this weekend": when. An ending with a when is a plan, not a mood. */
const TIME =
  '(tonight|today|tomorrow|tmrw|right now|now|soon|very soon|this (weekend|week|evening|morning|afternoon|friday|saturday|sunday)|before (morning|sunrise|dawn))'
/** What a rope or a bottle was bought for, when it was not for that. */
const ROPE_USE =
  '(for (the|a|our|climbing|camping|hiking|sailing|boat|gym|work|moving|tug|crossfit|tow~ing|my (boat|dog|tent|swing|hammock|kids|son|daughter))|to (climb|tie|secure|pull|tow|hang (up|the|my|a|some))|swing|ladder|course|bridge)'
/** Whom a goodbye letter is for when it is about leaving a job or a class. */
const WORKPLACE =
  '(to|for) (my |the |our |a |his |her )?(team|coworkers?|co~workers?|colleagues?|class|classmates|boss|company|office|students|teacher|job|work|neighbors?|neighbours?|friend who|landlord)'
/** A place one jumps from. */
const HIGH_PLACE =
  '(roof|rooftop|bridge|ledge|balcony|window|building|cliff|edge|overpass|top floor)'
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
    {
      match:
        '(shoot|shooting|drown|drowning|poison|poisoning|electrocute|suffocate|stab|stabbing) (myself|my self)',
      notBefore: '(rather|d rather|would rather)',
      notAfter: '(in the (foot|leg)|with|a|an|for)',
    },
    {
      match: `(end|ending) (it|it all|everything|things|my life) ${TIME}`,
      notBefore: '(lets|let us|we)',
    },
    {
      match: `${TIME} _ (end|ending) (it|it all|everything|things)`,
      notAfter: '(with|between|here)',
    },
    '(decided|ready|going|gonna) to end (it|everything|things)( all)? (tonight|today|now)',
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
    `(took|swallowed|taken|downed|going to take|gonna take) & (of )?(my |the |those |these |all my )?${PILLS}`,
    {
      match:
        '(plan|planning|plans|planned|going|want|wanted|decided|ready|about|try|trying|tried|intend|intending|how) to (overdose|od)',
      notAfter: '(on (caffeine|coffee|sugar|chocolate|candy|vitamins?|cake|netflix|tv|love|water))',
    },
    '(i~ll|i will|i might|i could|gonna|wanna|i) (overdose|od)',
    `(overdose|overdosing|od|oding) (on|with) (my|all my|all of my|all the|the|these|those|some of my|a bottle of|a bunch of) ${PILLS}`,
    '(thinking|thought|think) (about|of) (overdosing|an overdose|oding|od)',
    {
      match: `(bought|got|ve got|have got|tied|made|prepared|set up|hung|found) (a |the |my |some )?(rope|noose)`,
      notAfter: ROPE_USE,
    },
    '(the |my |a )?(rope|noose) (is|s) (ready|tied|up|set up|hanging)',
    {
      match: `${HIGH_PLACE}% _ (going to|gonna|about to|ready to|want to|wanna|will|i~ll|to) jump`,
      notAfter: '(in|into)',
    },
    '(i~ll|i will|i~m going to|going to|gonna|want to|wanna|about to|i) (drink|swallow|take) (the |some |a bottle of )?(poison|cyanide|antifreeze|bleach|rat poison)',
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
    '(wrote|written|writing|left|finished) (a |my )?suicide (note|letter|message|video)',
    {
      match:
        '(wrote|written|writing|left|leave|leaving|finished|this is|heres|here is) (a |my |the |some )?(goodbye|farewell|good bye|last) (note|notes|letter|letters)',
      notAfter: WORKPLACE,
    },
    { match: '(my (suicide|goodbye|farewell)|a suicide) (note|letter)', notAfter: WORKPLACE },
    '(letter|letters|note|notes) (to|for) _ (understand|know|see) why i (did it|did this|had to|chose this|couldnt)',
    '(letter|letters|note|notes|will|stuff|things) _ (after|when|once) (i~m|i am) (gone|dead)',
    '(the )?last (time|message) (you~ll|you will|youll|anyone will|you~re gonna|you~re going to|you are going to) (ever )?(hear from|see|get from) me',
    '(you~ll|you will|youll) never (hear from|see) me again',
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
    'better( for (everyone|everybody|them|all|my family))? if i (just )?(died|was dead|were dead|wasnt here|werent here|wasnt around|werent around|didnt exist|was gone|were gone|disappeared)',
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
  resolve: [
    `(i~m|i am|im) (going to |gonna )?(do|doing) it ${TIME}`,
    `(doing|do) it ${TIME}`,
    '(i~ve|i have|ive) made (up )?my (mind|decision)',
    '(my mind is|my minds) made up',
    '(everything is|everythings|it~s all|its all) (ready|set|planned|arranged)',
    '(i~m|i am|im) ready to (go|do it)',
    { match: '(end|ending) it', notAfter: '(with|between|here|for)' },
  ],
}
