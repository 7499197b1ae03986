package extract

import "testing"

// TestCountriesFx97 holds the rows of the country shapes fixed by fx97
// (the blind r41a round): a capital right after a verb of serving,
// obeying or defying is the government served or defied
// (words_places.tsv patron-verb).
func TestCountriesFx97(t *testing.T) {
	checkCountryRows(t, newTestExtractor(t), []countryRow{
		{"serve-capital", "The minister said the militia was \"holding world trade hostage to serve Tehran\".", "IR"},
		{"defied-capital", "The militia has defied Baghdad for years.", "IQ"},
		{"obeying-capital", "Critics accuse the council of obeying Moscow.", "RU"},
		{"serve-no-capital", "The minister said the militia was holding world trade hostage to serve its own ends.", ""},
		{"acting-for-capital", "The minister said the militia was acting for Tehran.", ""},
		{"city-in-place", "The militia has defied the curfew in Baghdad.", ""},
	})
}
