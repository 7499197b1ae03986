package extract

// ofBodyHolder gives the words back to the person when the subject read
// before a speech verb is a capitalised body name closing "NAME of the
// BODY said": "Opposition lawmaker NAME of the Left Bloc said ... "…""
// quotes the lawmaker, not a "person" named Left Bloc (r29e). Only a
// name without a role is given back (a capitalised run after "of the" is a
// body's name, whatever the name lists say), and only to a known person
// whose mention ends right before "of the".
func (a *analysis) ofBodyHolder(s speaker, v, start int) speaker {
	if s.person == nil && !s.named || s.person != nil && s.person.role != nil {
		return s
	}
	toks := a.d.toks
	e := a.subjectEnd(v, start)
	f := e
	for f > start && toks[f-1].kind == tWord && toks[f-1].cap {
		f--
	}
	if f == e || f-3 < start || toks[f-1].lower != "the" || toks[f-2].lower != "of" || a.personAt[f-3] < 0 {
		return s
	}
	m := a.mentions[a.personAt[f-3]]
	if m.lim != f-2 {
		return s
	}
	p := a.people[m.person]
	return speaker{name: p.name, person: p}
}
