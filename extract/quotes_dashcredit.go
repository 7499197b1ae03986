package extract

// dashCreditTail is the most tokens a credit may run past the name: ", the
// union leader", ", a nurse in Leeds".
const dashCreditTail = 10

// dashCredit reads a credit line after a quote: a dash at token i (the cue,
// as written), then a
// person's name that ends the paragraph, or a short description after a
// comma that does ("…" — Tom Grant, union leader). A name that goes on
// into a clause ("— Grant said later") or an aside in prose ("— a
// metaphor for …") is no credit.
func (a *analysis) dashCredit(i int) (speaker, bool) {
	toks := a.d.toks
	if i+1 >= len(toks) || !creditDashes.hasToken(&toks[i]) {
		return speaker{}, false
	}
	mi := a.personAt[i+1]
	if mi < 0 {
		return speaker{}, false
	}
	m := a.mentions[mi]
	if m.first != i+1 && m.prefix != i+1 {
		return speaker{}, false
	}
	para := toks[i].para
	if k := m.lim; k < len(toks) && toks[k].para == para && toks[k].text != "," {
		return speaker{}, false
	}
	for k := m.lim; k < len(toks) && toks[k].para == para; k++ {
		if k > m.lim+dashCreditTail || toks[k].kind == tQuote || a.quoteClass(k, qcSpeech) && !toks[k].cap {
			return speaker{}, false
		}
	}
	return a.personSpeaker(a.people[m.person], i+1), true
}
