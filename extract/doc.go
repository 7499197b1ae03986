// Package extract finds, in the text of a news article, the officials it
// names (a person with a role tied to a state or a body), the states it
// mentions, the direct quotes with their speakers resolved to full names,
// the troop figures with the state that sends them, and the death tolls.
//
// The extractors are rules run as ordered passes over the text (see
// Extractor.Extract): text, places and bodies, people and roles, quotes and
// speakers, figures; each pass reads only what the passes before it found.
// Their data is embedded from data/: ISO 3166-1 states with names,
// adjectives and capitals, places inside states, bodies, given names,
// roles, speech verbs, personnel and death words, and the open-class word
// lists of the rules (data/words_*.tsv, one word a line with its kind); Go
// keeps only closed-class function words. Title patterns are ordered tables
// of small named matchers (titleBackSteps, titleAfterSteps). Each record
// keeps its code-point offsets into the body and the name of the rule that
// produced it, so that a wrong record can be traced.
//
// An Extractor holds only the gazetteers and is safe for concurrent use:
//
//	ex, err := extract.New()
//	res := ex.Extract(body)
//
// The types marshal to the JSON of `newsdesk extract`: unknown attributes
// are null and lists are never null.
package extract
