package extract

import "strings"

// quoteNamesBefore reports a quote that closes right before the pronoun at
// token at (a comma between) and names p in its words by a word of p's
// name: ""Leo is the best striker we have," he said" is not Leo speaking,
// for nobody names himself so. A name word that opens a sentence of the
// quote counts only when the article never writes it in lower case ("Long
// term, I think" is no Sean Long where "long" is a word of the text) or the
// next word goes on with the name.
func (a *analysis) quoteNamesBefore(p *person, at int) bool {
	toks := a.d.toks
	k := at - 1
	if k > 0 && toks[k].text == "," && a.quoteAt[k] < 0 {
		k--
	}
	if k < 0 || a.quoteAt[k] < 0 || len(p.words) < 2 {
		return false
	}
	for j := k; j >= 0 && a.quoteAt[j] == a.quoteAt[k]; j-- {
		if !toks[j].cap || toks[j].kind != tWord {
			continue
		}
		w := toks[j].lower
		if w != p.surname && !strings.EqualFold(w, p.words[0]) {
			continue
		}
		if j > 0 && a.opensQuotedSentence(j) && a.writtenLower(w) && !strings.EqualFold(toks[j+1].text, p.words[1]) {
			continue
		}
		return true
	}
	return false
}

// opensQuotedSentence reports a token first in a quote or after the end of
// a sentence inside it, where any word is written with a capital.
func (a *analysis) opensQuotedSentence(j int) bool {
	switch t := a.d.toks[j-1]; {
	case t.kind == tQuote:
		return true
	case t.text == "." || t.text == "?" || t.text == "!" || t.text == ":":
		return true
	}
	return false
}
