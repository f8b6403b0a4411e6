/**
 * The article's own words, each a verbatim run of its text (a unit test proves it). Named once here
 * and used by places, countries and segments, so the same words are never typed twice.
 */
export const excerpts = {
  metInBeijing:
    'The two met in Beijing on the sidelines of the Shanghai Cooperation Organisation (SCO) summit, a gathering that brought together regional heads of state.',
  tradeDeclined:
    'Putin said bilateral trade had recently declined and urged that both sides analyse the reasons and take measures to boost commerce.',
  putinOnTrade:
    '"We must look into why trade turnover has fallen and take steps to remedy the situation," he told Sharif, according to Russian media.',
  floods:
    'The Russian president extended condolences over the devastating floods that struck Pakistan, adding, "We offer our heartfelt condolences to the entire Pakistani people amidst these severe calamities. We are confident that Pakistan will overcome these challenges under your leadership."',
  russianCrude:
    'Sharif responded by highlighting recent progress, noting that Pakistan’s imports of Russian crude last year gave bilateral trade a significant boost.',
  corridor:
    'The Pakistani leader also underlined the significance of a trade corridor connecting Belarus, Russia, Kazakhstan, Uzbekistan, Afghanistan and Pakistan.',
  connectivity: '"This initiative will boost regional connectivity and prosperity," he said.',
  astanaMeeting:
    'Both leaders reflected positively on last year’s meeting in Astana, which triggered a series of high-level exchanges and agreements.',
  protocols:
    'Since then, delegations from both countries have signed protocols covering agriculture, iron and steel, energy and transport.',
  steelMills:
    'In July, Moscow and Islamabad also agreed to revive and expand the Pakistan Steel Mills in Karachi, which was originally built with Russian support in the 1970s.',
  invitation:
    'Sharif accepted Putin’s invitation to visit Moscow, noting it had been years since his last trip to Russia. "I am keen to return to reminisce about my formative years," he told Putin.',
} as const;

export type ExcerptKey = keyof typeof excerpts;
