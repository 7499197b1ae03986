// Package extract finds, in the text of a news article, the officials it
// names (a person with a role tied to a state or a body), the states it
// mentions, the direct quotes with their speakers resolved to full names,
// the troop figures with the state that sends them, and the death tolls.
//
// The extractors are rules over a shared analysis of the text (paragraphs,
// sentences, tokens and numbers) and gazetteers embedded from data/: ISO
// 3166-1 states with names, adjectives and capitals, places inside states,
// bodies, given names, roles, speech verbs, personnel and death words. Each
// record keeps its code-point offsets into the body and the name of the
// rule that produced it, so that a wrong record can be traced.
//
// An Extractor holds only the gazetteers and is safe for concurrent use:
//
//	ex, err := extract.New()
//	res := ex.Extract(body)
//
// The types marshal to the JSON of `newsdesk extract`: unknown attributes
// are null and lists are never null.
package extract
