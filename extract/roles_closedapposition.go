package extract

// closedApposition reports an honorific and a surname alone (mention m)
// between two commas after a title that opens its sentence: "The
// president of the ECOWAS Commission, Alhaji Sanneh, said", "The Liberal
// Democrat defence spokesman, Lord Pennant, called". The comma after the
// name closes an apposition, so the title before is the person's; without
// it the comma may end a clause ("did not trust the prime minister, Mr
// Brown replied").
func (a *analysis) closedApposition(m personMention) bool {
	toks := a.d.toks
	if m.lim >= len(toks) || toks[m.lim].text != "," || m.prefix < 2 || toks[m.prefix-1].text != "," {
		return false
	}
	s := a.d.sents[toks[m.first].sent]
	for k := s.first; k < m.prefix-1; k++ {
		if toks[k].text == "," || toks[k].kind == tQuote || a.personAt[k] >= 0 {
			return false // the title must open the sentence: no clause or name before it
		}
	}
	return true
}
