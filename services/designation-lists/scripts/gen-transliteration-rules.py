# Generates src/main/resources/matching/khmer-latin.rules and lao-latin.rules (ICU transliterator rules).
# Run from services/designation-lists/src/main/resources/matching: python3 ../../../../scripts/gen-transliteration-rules.py
cons = [("ក","k","a"),("ខ","kh","a"),("គ","k","o"),("ឃ","kh","o"),("ង","ng","o"),
("ច","ch","a"),("ឆ","chh","a"),("ជ","ch","o"),("ឈ","chh","o"),("ញ","nh","o"),
("ដ","d","a"),("ឋ","th","a"),("ឌ","d","o"),("ឍ","th","o"),("ណ","n","a"),
("ត","t","a"),("ថ","th","a"),("ទ","t","o"),("ធ","th","o"),("ន","n","o"),
("ប","b","a"),("ផ","ph","a"),("ព","p","o"),("ភ","ph","o"),("ម","m","o"),
("យ","y","o"),("រ","r","o"),("ល","l","o"),("វ","v","o"),("ឝ","s","a"),("ឞ","s","a"),
("ស","s","a"),("ហ","h","a"),("ឡ","l","a"),("អ","","a")]
L=[]
L.append("# Khmer to Latin for name matching: ICU transliterator rules (Transliterator.createFromRules).")
L.append("# ICU has no Khmer-Latin; these follow the UNGEGN/BGN-PCGN 1972 romanization of Khmer, simplified:")
L.append("# one Latin spelling per consonant; the inherent vowel (a after a-series, o after o-series consonants)")
L.append("# is written where a consonant is followed directly by another (an open onset: ពត -> pot); dependent")
L.append("# vowels in their a-series reading; diacritics that only change a consonant's series are dropped,")
L.append("# except ប + musikatoan (ប៉ = p). Vowel signs whose reading depends on the series are read by the series")
L.append("# in force (the consonant's, or the one musikatoan U+17C9 / triisap U+17CA sets): ជា = chea, កា = ka.")
L.append("# Approximate by design: names are compared fuzzily after this. Generated; keep rule order (first match wins).")
L.append("$cons = [\\u1780-\\u17A2] ;")
# vowel signs read by the series in force (the consonant's, or the one a series-shifter sets)
vs={"ុំ":("om","um"),"ាំ":("am","oam"),"ា":("a","ea"),"ិ":("e","i"),"ី":("ei","i"),"ឹ":("oe","eu"),"ុ":("o","u"),"ូ":("ou","u"),
"ើ":("aeu","eu"),"ៃ":("ai","ey"),"ោ":("ao","o"),"ៅ":("au","ov")}
for c,l,v in cons:
    base = 0 if v=="a" else 1
    for mod,ser in (("\u17C9",0),("\u17CA",1),("",base)):
        lat = "p" if (c=="ប" and mod=="\u17C9") else l
        for vv,forms in vs.items():
            L.append(c+mod+" "+vv+" > "+lat+forms[ser]+" ;")
L.append("ប៉ } $cons > pa ;")
L.append("ប៉ > p ;")
for c,l,v in cons:
    L.append(c+" } $cons > "+l+v+" ;")
    L.append(c+" > "+l+" ;")
vow=[("ុំ","om"),("ាំ","am"),("ា","a"),("ិ","e"),("ី","ei"),("ឹ","oe"),("ឺ","eu"),("ុ","o"),("ូ","ou"),("ួ","uo"),
("ើ","aeu"),("ឿ","oea"),("ៀ","ie"),("េ","e"),("ែ","ae"),("ៃ","ai"),("ោ","ao"),("ៅ","au"),("ំ","m"),("ះ","h"),("ៈ","a")]
for c,l in vow: L.append(c+" > "+l+" ;")
ind=[("ឣ","a"),("ឤ","aa"),("ឥ","e"),("ឦ","ei"),("ឧ","o"),("ឨ","ok"),("ឩ","ou"),("ឪ","au"),("ឫ","rue"),("ឬ","rueu"),("ឭ","lue"),("ឮ","lueu"),("ឯ","ae"),("ឰ","ai"),("ឱ","ao"),("ឲ","ao"),("ឳ","au")]
for c,l in ind: L.append(c+" > "+l+" ;")
L.append("[\\u17C9-\\u17D3\\u17DD] > ;")
for i in range(10): L.append("\\u%04X > %d ;" % (0x17E0+i, i))
open("khmer-latin.rules","w").write("\n".join(L)+"\n")

lao_c=[("ກ","k"),("ຂ","kh"),("ຄ","kh"),("ງ","ng"),("ຈ","ch"),("ສ","s"),("ຊ","x"),("ຍ","ny"),("ດ","d"),("ຕ","t"),("ຖ","th"),("ທ","th"),
("ນ","n"),("ບ","b"),("ປ","p"),("ຜ","ph"),("ຝ","f"),("ພ","ph"),("ຟ","f"),("ມ","m"),("ຢ","y"),("ຣ","r"),("ລ","l"),("ວ","v"),("ຫ","h"),("ຮ","h"),("ໜ","n"),("ໝ","m")]
M=[]
M.append("# Lao to Latin for name matching: ICU transliterator rules (Transliterator.createFromRules).")
M.append("# ICU has no Lao-Latin; these follow the BGN/PCGN 1966 romanization of Lao, simplified: one Latin")
M.append("# spelling per letter, tone marks dropped. Lao writes the vowels e, ae, o, ai before the consonant")
M.append("# they follow in speech: the first pass moves them after it (ເສ -> ສເ -> se).")
M.append("$cons = [\\u0E81-\\u0EAE\\u0EDC\\u0EDD] ;")
M.append("( [\\u0EC0-\\u0EC4] ) ( \\u0EAB $cons ) > $2 $1 ;")
M.append("( [\\u0EC0-\\u0EC4] ) ( $cons ) > $2 $1 ;")
M.append(":: Null ;")
M.append("[a-z] { ອ > o ;")
M.append("ອ > ;")
for c,l in lao_c: M.append(c+" > "+l+" ;")
lv=[("ະ","a"),("ັ","a"),("າ","a"),("ຳ","am"),("ິ","i"),("ີ","i"),("ຶ","u"),("ື","u"),("ຸ","ou"),("ູ","ou"),("ົ","o"),("ຼ","l"),("ຽ","ia"),
("ເ","e"),("ແ","ae"),("ໂ","o"),("ໃ","ai"),("ໄ","ai"),("ໍ","o")]
for c,l in lv: M.append(c+" > "+l+" ;")
M.append("[\\u0EC6\\u0EC8-\\u0ECD] > ;")
for i in range(10): M.append("\\u%04X > %d ;" % (0x0ED0+i, i))
open("lao-latin.rules","w").write("\n".join(M)+"\n")
