package extract

import "testing"

// fo19QuoteRows pin the speakers fixed by fo19 (r29e blind round: Europe).
var fo19QuoteRows = []quoteRuleRow{
	// "NAME of the Left Bloc said ... "…"": the person, not the body's name
	{rule: "of-body-holder", pos: true, text: "LISBON (Reuters) - Portugal's train drivers went on strike. Opposition lawmaker Inês Carvalhal of the Left Bloc said the government had spent two years promising to modernise the railways \"and still cannot pay the people who drive the trains.\"",
		quote: "cannot pay the people", speaker: "Inês Carvalhal"},
	{rule: "of-body-holder", pos: false, text: "LISBON (Reuters) - Portugal's train drivers went on strike. Opposition lawmaker Inês Carvalhal met Prime Minister Luis Montenegro. Montenegro said the government had spent two years promising to modernise the railways \"and still cannot pay the people who drive the trains.\"",
		quote: "cannot pay the people", speaker: "Inês Carvalhal"},
	// `," Minister for Defence NAME said`: the name after a title whose
	// portfolio follows "for" speaks
	{rule: "of-portfolio-speaker", pos: true, text: "DUBLIN (Reuters) - Irish troops left for Lebanon. \"They go with our full trust and with the full support of this State,\" Tánaiste and Minister for Defence Ciarán Moynihan said at Casement Aerodrome.",
		quote: "full support of this State", speaker: "Ciarán Moynihan"},
	{rule: "of-portfolio-speaker", pos: false, text: "DUBLIN (Reuters) - Irish troops left for Lebanon. \"They go with our full trust and with the full support of this State,\" Minister for Defence Ciarán Moynihan's office said in a statement.",
		quote: "full support of this State", speaker: "Ciarán Moynihan"},
}

func TestFo19QuoteRows(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), fo19QuoteRows) }
