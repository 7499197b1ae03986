package extract

import "strings"

// aircraftModels are names of combat aircraft written before "fighters"
// or "jets": "Rafale", "Gripen", "Sukhoi".
var aircraftModels = wordList("aircraft-model")

// aircraftFighters reports "fighters" (or "bombers", "interceptors") at
// lim-1 after an aircraft's model name or designation at j..lim-1: "26
// Rafale-M fighters", "36 Rafale fighters", "40 F-16 fighters", "12
// Su-30MKI fighters" count aircraft, not fighting men; "300 Wagner
// fighters" or "2,000 Syrian fighters" name no model.
func (a *analysis) aircraftFighters(j, lim int) bool {
	toks := a.d.toks
	if j < 1 || lim != j+1 || toks[j].lower != "fighters" {
		return false
	}
	m := &toks[j-1]
	return m.cap && aircraftModels.hasToken(m) || designationShape(m.text)
}

// designationShape reports a written form of an aircraft's designation: a
// capitalised stem, a hyphen, and capitals or digits after it
// ("Rafale-M", "F-16", "Su-30MKI", "J-10C", "MiG-29").
func designationShape(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i == len(w)-1 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, c := range w[i+1:] {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
