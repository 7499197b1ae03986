package extract

// meetVerbs are the verbs of meeting a host (words_people.tsv meet-verb):
// "travel to Asuncion to meet President NAME" (hostState).
var meetVerbs = wordList("meet-verb")

// nameVerbs follow a state's name as its subject (words_places.tsv
// name-verb): "Jamaica made the largest offer" is no topic (topicMention).
var nameVerbs = wordList("name-verb")
