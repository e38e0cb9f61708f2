// Recipient words as regex stems, in one place for data_sharing's rules and vetoes (both import it).
/**
 * Recipient words as regex stems for the pre-filters. Every word of the lexicon's ThirdParty and ServiceSide classes
 * must pass them (rules.test.ts checks it, with the known misses listed there), and a few stems reach further on
 * purpose ("compan" for "company").
 */
export const RECIPIENT = String.raw`(?:third[\s-]part|affiliate|partner|advertiser|sponsor|broker|compan|unaffiliated|outside|other\s+part|external\s+part|vendor|provider|subsidiar|publisher|network|anyone|anybody|any\s+person|entit|organi[sz]ation|supplier|agent|subcontract|contractor|processor|recipient|successor|purchaser|buyer|acquirer|new\s+owner|parent\s+compan|corporate\s+family|sister\s+compan|acquiring\s+(?:compan|entit)|courier|carriers|delivery\s+compan|shipping\s+compan|seller|merchant|retailer|organi[sz]er|recruiter|employer|institution|restaurant|insurer|insurance\s+compan|banks|lenders|developers|marketers|consultant|hotel|airline|travel\s+provider|landlord|researcher|research\s+partner|businesses|external\s+(?:service|provider)|(?:interested|relevant|selected|certain)\s+parties)`;
/** RECIPIENT and the service's subprocessors ("each Sub-processor", "subprocessors"), for contract terms on them. */
export const CONTRACT_RECIPIENT = String.raw`(?:${RECIPIENT}|sub-?processor)`;
