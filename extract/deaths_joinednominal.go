package extract

// Nouns of death whose counted victims joined by "and" are one sum, as
// the object of "killed" is: "the lives of 27 soldiers and three
// civilians" (30), "the bodies of six fighters and a lorry driver" (7),
// "the deaths of three soldiers and a civilian" (4).

// joinedNominal reports a death noun before "of" whose counted victims
// are summed with a group joined to them.
func joinedNominal(w string) bool {
	return w == "lives" || w == "bodies" || w == "deaths"
}
