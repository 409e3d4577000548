import type { ResourceKind } from '../core/types';

/**
 * The sample library's 200 resources. Most are tagged to one unit (by unit
 * key), some to two, and about twenty are general and untagged. Subjects and
 * grades default to those of the tagged units; untagged ones give their own.
 * Classic novels the units are built on (Hatchet, The Outsiders…) are real
 * titles; everything else is invented. URLs are all on example.org.
 */
export interface ResourceSpec {
  k: ResourceKind;
  t: string;
  a?: string;
  cn?: string;
  url?: string;
  kw: string[];
  d: string;
  u: string[];
  s?: string[];
  g?: number[];
}

export const RESOURCES: ResourceSpec[] = [
  // Community Helpers (K)
  { k: 'book', t: 'Helpers in My Neighborhood', a: 'Lena Albright', cn: '331.7 ALB', kw: ['community helpers', 'jobs', 'neighborhood'], d: 'Photo-illustrated tour of the people who work in a small town.', u: ['commhelp'] },
  { k: 'book', t: 'A Day with the Firefighters', a: 'Marco Delgado', cn: '363.37 DEL', kw: ['firefighters', 'fire safety', 'fire station'], d: 'Follows one fire crew through a shift, from the alarm to the drill.', u: ['commhelp'] },
  { k: 'book', t: 'Where Does the Mail Go?', a: 'Patrice Hollis', cn: '383 HOL', kw: ['mail carrier', 'post office', 'letters'], d: 'A letter travels from a mailbox to a grandmother across the country.', u: ['commhelp'] },
  { k: 'kit', t: 'Community Helpers Dress-Up Kit', kw: ['community helpers', 'dramatic play', 'costumes'], d: 'Eight costume sets with prop tools and picture cards, for checkout by classroom teachers.', u: ['commhelp'] },

  // What Living Things Need (K)
  { k: 'book', t: 'What Do Plants Need?', a: 'Ingrid Solberg', cn: '571.2 SOL', kw: ['plants', 'sunlight', 'water'], d: 'Simple experiments with bean plants show what a plant needs to grow.', u: ['livingK', 'pollinators'] },
  { k: 'book', t: 'Hungry, Thirsty, Sleepy Animals', a: 'Tobias Wren', cn: '591.5 WRE', kw: ['animals', 'animal needs', 'shelter'], d: 'How animals find food, water and shelter, told in rhyme.', u: ['livingK'] },
  { k: 'video', t: 'Seed to Sprout Time-Lapse', url: 'https://example.org/video/seed-to-sprout', kw: ['seeds', 'germination', 'time-lapse'], d: 'Three-minute time-lapse of a bean seed sprouting, with narration for early learners.', u: ['livingK', 'pollinators'] },

  // Light and Sound (1)
  { k: 'book', t: 'Shadows Everywhere', a: 'Hana Moriyama', cn: '535 MOR', kw: ['shadows', 'light', 'sun'], d: 'Why shadows change length and shape during the day.', u: ['lightsound'] },
  { k: 'book', t: 'Good Vibrations: How Sound Works', a: 'Elliot Brandt', cn: '534 BRA', kw: ['sound', 'vibrations', 'hearing'], d: 'Drums, rubber bands and string telephones show that sound is vibration.', u: ['lightsound'] },
  { k: 'kit', t: 'Light and Sound Discovery Kit', kw: ['flashlights', 'mirrors', 'tuning forks', 'prisms'], d: 'Classroom set of flashlights, mirrors, prisms and tuning forks with activity cards.', u: ['lightsound'] },
  { k: 'lesson', t: 'Shadow Puppet Storytelling Lesson', kw: ['shadow puppets', 'light', 'storytelling'], d: 'Library lesson: students retell a favorite story with shadow puppets and a lamp.', u: ['lightsound'] },
  { k: 'video', t: 'Why Can We See? (Light for Kids)', url: 'https://example.org/video/why-can-we-see', kw: ['light', 'seeing', 'dark room'], d: 'Short animated video: we see objects only when light reaches our eyes.', u: ['lightsound'] },

  // Fairy Tales Around the World (1)
  { k: 'book', t: 'Cinderella Stories from Many Lands', a: 'Adaeze Nwosu', cn: '398.2 NWO', kw: ['Cinderella stories', 'folktales', 'cultures'], d: 'Seven Cinderella tales from China, Egypt, Mexico and beyond, retold for young readers.', u: ['fairytales'] },
  { k: 'book', t: "Little Red's Many Hoods", a: 'Sofia Andrade', cn: '398.2 AND', kw: ['Little Red Riding Hood', 'versions', 'compare'], d: 'Picture-book collection of Red Riding Hood tales from around the world.', u: ['fairytales'] },
  { k: 'booklist', t: 'Fractured Fairy Tales Booklist (K-2)', kw: ['fractured fairy tales', 'funny retellings'], d: 'Twenty picture books that turn familiar tales upside down.', u: ['fairytales'] },
  { k: 'ebook', t: 'Tales Told Around the World (ebook collection)', url: 'https://example.org/ebooks/tales-around-the-world', kw: ['folktales', 'read-aloud', 'audio'], d: 'Read-along ebooks of folktales with audio narration in English and Spanish.', u: ['fairytales'] },

  // Maps and Globes (2)
  { k: 'book', t: 'Me on the Map, Again', a: 'Ruby Castellanos', cn: '526 CAS', kw: ['maps', 'my room', 'my town'], d: 'A girl maps her room, her street, her town and her country.', u: ['maps2'] },
  { k: 'book', t: 'The Compass Rose Adventure', a: 'Dmitri Volkov', cn: '912 VOL', kw: ['compass rose', 'cardinal directions', 'map key'], d: 'A treasure hunt story that teaches north, south, east and west.', u: ['maps2'] },
  { k: 'kit', t: 'Inflatable Globes Class Set', kw: ['globe', 'continents', 'equator'], d: 'Twelve inflatable globes for small-group work.', u: ['maps2'] },

  // Plants and Pollinators (2)
  { k: 'book', t: 'The Busy Life of Bees', a: 'Harriet Okonkwo', cn: '595.79 OKO', kw: ['bees', 'honey', 'hive', 'pollination'], d: 'Inside a hive: how bees make honey and why flowers need them.', u: ['pollinators'] },
  { k: 'book', t: 'Flower Power: Who Visits a Flower?', a: 'Jun Takeda', cn: '571.8 TAK', kw: ['pollinators', 'flowers', 'butterflies', 'hummingbirds'], d: 'Close-up photographs of bees, butterflies, bats and birds at work.', u: ['pollinators'] },
  { k: 'website', t: 'Pollinator Garden Planner for Schools', url: 'https://example.org/pollinator-garden-planner', kw: ['school garden', 'native plants', 'pollinators'], d: 'Interactive planner to choose native flowers for a schoolyard pollinator garden.', u: ['pollinators'] },

  // Animal Life Cycles (3)
  { k: 'book', t: 'From Tadpole to Frog', a: 'Wendell Marsh', cn: '597.8 MAR', kw: ['frogs', 'tadpoles', 'metamorphosis'], d: 'Photo sequence of a frog life cycle in a backyard pond.', u: ['lifecycles'] },
  { k: 'book', t: 'Caterpillar Diaries', a: 'Yuki Hanamura', cn: '595.78 HAN', kw: ['butterflies', 'caterpillar', 'chrysalis', 'metamorphosis'], d: 'A class journal of raising painted lady butterflies, day by day.', u: ['lifecycles'] },
  { k: 'kit', t: 'Butterfly Life Cycle Habitat Kit', kw: ['caterpillars', 'butterfly habitat', 'larva'], d: 'Pop-up habitat and voucher for live caterpillars; reserve four weeks ahead.', u: ['lifecycles'] },
  { k: 'video', t: 'Metamorphosis Up Close', url: 'https://example.org/video/metamorphosis-up-close', kw: ['metamorphosis', 'butterfly', 'frog'], d: 'Eight-minute documentary clip comparing complete and incomplete metamorphosis.', u: ['lifecycles'] },

  // Biographies (3)
  { k: 'book', t: 'Inventors Who Changed Our World', a: 'Samira Qureshi', cn: '609.2 QUR', kw: ['inventors', 'inventions', 'biography'], d: 'Short, illustrated biographies of twenty inventors from many countries.', u: ['biographies'] },
  { k: 'book', t: 'Brave Voices: Americans Who Spoke Up', a: 'Curtis Bellamy', cn: '920 BEL', kw: ['famous Americans', 'biography', 'activists'], d: 'Collective biography of Americans who fought for fairness.', u: ['biographies', 'civilrights'] },
  { k: 'database', t: 'Kids Biography Center', url: 'https://example.org/db/kids-biography-center', kw: ['biography', 'research', 'primary grades'], d: 'Library database of leveled biographies with read-aloud and citation tools.', u: ['biographies'] },
  { k: 'lesson', t: 'Note-Taking with Fact Fragments (Grade 3)', kw: ['note-taking', 'research skills', 'paraphrasing'], d: 'Library lesson teaching "fact fragments" so students take notes without copying.', u: ['biographies'] },
  { k: 'booklist', t: 'Biographies for Wax Museum Day', kw: ['wax museum', 'biography', 'choice'], d: 'Sixty biographies at grade 2-4 reading levels, sorted by field.', u: ['biographies'] },

  // Fractions on a Number Line (3)
  { k: 'book', t: 'Piece of the Pie: Fractions Are Numbers', a: 'Norah Kessler', cn: '513.26 KES', kw: ['fractions', 'number line', 'equivalent fractions'], d: 'Pizza, pies and measuring cups make fractions concrete.', u: ['fractions'] },
  { k: 'website', t: 'Fraction Number Line Interactive', url: 'https://example.org/math/fraction-number-line', kw: ['number line', 'unit fractions', 'manipulative'], d: 'Drag-and-drop number line tool for placing and comparing fractions.', u: ['fractions'] },
  { k: 'kit', t: 'Fraction Tiles Class Set', kw: ['fraction tiles', 'manipulatives', 'equivalent fractions'], d: 'Thirty sets of magnetic fraction tiles.', u: ['fractions'] },

  // The Water Cycle (4)
  { k: 'book', t: 'The Journey of a Raindrop', a: 'Evelyn Marsh-Ortega', cn: '551.48 MAR', kw: ['water cycle', 'evaporation', 'condensation', 'precipitation'], d: 'A raindrop narrates its trip from the ocean to a cloud to a mountain stream.', u: ['watercycle'] },
  { k: 'book', t: 'El viaje de una gota de agua', a: 'Evelyn Marsh-Ortega', cn: 'SP 551.48 MAR', kw: ['ciclo del agua', 'evaporación', 'condensación', 'precipitación'], d: 'Spanish edition of The Journey of a Raindrop, for dual-language classes.', u: ['watercycle'] },
  { k: 'book', t: 'Water Shapes the Land', a: 'Gordon Achterberg', cn: '551.3 ACH', kw: ['erosion', 'weathering', 'canyons', 'rivers'], d: 'How rivers, rain and waves carve canyons and move sediment.', u: ['watercycle'] },
  { k: 'ebook', t: 'Clouds and Rain: A Weather Reader', url: 'https://example.org/ebooks/clouds-and-rain', a: 'Tamsin Boyd', kw: ['clouds', 'rain', 'condensation', 'weather'], d: 'Leveled ebook explaining how clouds form and why it rains.', u: ['watercycle', 'weather7'] },
  { k: 'video', t: 'The Water Cycle in Two Minutes', url: 'https://example.org/video/water-cycle-two-minutes', kw: ['water cycle', 'animation'], d: 'Animated overview of evaporation, condensation, precipitation and collection.', u: ['watercycle'] },
  { k: 'lesson', t: 'Water Cycle in a Bag Lab', kw: ['water cycle model', 'hands-on', 'condensation'], d: 'Students tape a zip bag of water to a sunny window and log what happens over a week.', u: ['watercycle'] },

  // Regions of the United States (4)
  { k: 'book', t: 'Five Regions, One Nation', a: 'Beatrice Lowell', cn: '917.3 LOW', kw: ['regions', 'United States', 'landforms'], d: 'Region-by-region overview with maps, climate charts and products.', u: ['regions'] },
  { k: 'book', t: 'Deserts and Mesas of the Southwest', a: 'Ramón Iturbide', cn: '917.9 ITU', kw: ['Southwest', 'desert', 'mesas'], d: 'Landforms, plants and peoples of the American Southwest.', u: ['regions'] },
  { k: 'database', t: 'States & Regions Explorer', url: 'https://example.org/db/states-regions-explorer', kw: ['states', 'regions', 'facts', 'maps'], d: 'Database of state and region fact pages, maps, flags and symbols.', u: ['regions'] },
  { k: 'lesson', t: 'Travel Brochure Research Lesson', kw: ['travel brochure', 'research', 'regions'], d: 'Two-session library lesson: gather facts and images for a region travel brochure.', u: ['regions'] },

  // Poetry Month (4-5)
  { k: 'book', t: 'Pocket Full of Poems', a: 'Desmond Achebe-Clark', cn: '811 ACH', kw: ['poetry', 'anthology', 'poems for kids'], d: 'Anthology of one hundred short poems by contemporary children\'s poets.', u: ['poetry'] },
  { k: 'book', t: 'Haiku for Every Season', a: 'Mei-Ling Zhou', cn: '811 ZHO', kw: ['haiku', 'seasons', 'syllables'], d: 'A year of haiku with watercolor illustrations.', u: ['poetry'] },
  { k: 'book', t: 'Like a Simile, Sharp as a Metaphor', a: 'Oscar Pennington', cn: '808.1 PEN', kw: ['figurative language', 'similes', 'metaphors'], d: 'Playful guide to figurative language with writing prompts.', u: ['poetry'] },
  { k: 'program', t: 'Poetry Cafe in the Library', kw: ['poetry cafe', 'performance', 'open mic'], d: 'Annual April event: students read original poems to families in the library.', u: ['poetry'] },
  { k: 'booklist', t: 'Novels in Verse for Grades 4-8', kw: ['novels in verse', 'free verse'], d: 'Thirty novels told in poems, for reluctant and strong readers alike.', u: ['poetry'] },

  // Matter and Energy in Ecosystems (5)
  { k: 'book', t: 'Who Eats Whom? Food Chains', a: 'Leonard Abara', cn: '577.16 ABA', kw: ['food chains', 'producers', 'consumers'], d: 'Simple food chains from forests, oceans and deserts.', u: ['ecosys5'] },
  { k: 'book', t: 'Decomposers: Nature\'s Recyclers', a: 'Fern Gallagher', cn: '577.16 GAL', kw: ['decomposers', 'fungi', 'worms', 'compost'], d: 'Worms, fungi and bacteria break down dead things and return nutrients to the soil.', u: ['ecosys5', 'ecosys7'] },
  { k: 'lesson', t: 'Build a Terrarium Ecosystem', kw: ['terrarium', 'closed system', 'observation log'], d: 'Library makerspace lesson building sealed terrariums from bottles.', u: ['ecosys5'] },
  { k: 'video', t: 'Energy Flows, Matter Cycles', url: 'https://example.org/video/energy-flows-matter-cycles', kw: ['energy flow', 'matter cycles', 'ecosystem'], d: 'Animated explainer on the difference between energy flow and matter cycling.', u: ['ecosys5'] },

  // The American Revolution (5)
  { k: 'book', t: 'Patriots, Loyalists and Everyone in Between', a: 'Harold Finney', cn: '973.3 FIN', kw: ['Patriots', 'Loyalists', 'points of view'], d: 'What ordinary colonists thought about independence, in their own words.', u: ['amrev'] },
  { k: 'book', t: 'The Night of the Tea Party', a: 'Constance Avery', cn: '973.3 AVE', kw: ['Boston Tea Party', 'taxes', 'Sons of Liberty'], d: 'Narrative nonfiction about December 16, 1773, in Boston harbor.', u: ['amrev'] },
  { k: 'book', t: 'Words That Started a Nation: The Declaration of Independence', a: 'Miriam Oduya', cn: '973.313 ODU', kw: ['Declaration of Independence', 'Thomas Jefferson', '1776'], d: 'Line-by-line look at the Declaration with the story of its writing.', u: ['amrev'] },
  { k: 'website', t: 'Revolutionary Era Primary Source Set', url: 'https://example.org/primary-sources/revolution', kw: ['primary sources', 'broadsides', 'American Revolution'], d: 'Curated broadsides, letters and cartoons from 1765-1783 with teaching notes.', u: ['amrev'] },

  // Fantasy Book Clubs (5)
  { k: 'book', t: 'The Lantern Keeper', a: 'Rowan Thistlewood', cn: 'FIC THI', kw: ['fantasy', 'quest', 'magic'], d: 'A girl must relight the lanterns that keep the shadow creatures away.', u: ['fantasy'] },
  { k: 'book', t: 'The Map at the End of the World', a: 'Imogen Leclair', cn: 'FIC LEC', kw: ['fantasy', 'world-building', 'maps'], d: 'Two siblings follow a living map to a kingdom that should not exist.', u: ['fantasy'] },
  { k: 'booklist', t: 'Fantasy Book Club Sets (Grade 5)', kw: ['book clubs', 'literature circles', 'multiple copies'], d: 'Titles with six copies on the shelf, ready for book club groups.', u: ['fantasy'] },
  { k: 'lesson', t: "Mapping the Hero's Journey", kw: ["hero's journey", 'story map', 'character change'], d: 'Graphic-organizer lesson: plot any quest story on the twelve stages.', u: ['fantasy', 'myths'] },

  // Hatchet: Survival Stories (6)
  { k: 'book', t: 'Hatchet', a: 'Gary Paulsen', cn: 'FIC PAU', kw: ['survival', 'wilderness', 'Brian Robeson'], d: 'Class set. Thirteen-year-old Brian survives alone in the Canadian wilderness after a plane crash.', u: ['hatchet'] },
  { k: 'book', t: "Brian's Winter", a: 'Gary Paulsen', cn: 'FIC PAU', kw: ['survival', 'winter', 'sequel'], d: 'What if Brian had not been rescued before winter?', u: ['hatchet'] },
  { k: 'book', t: 'Lost in the Backcountry: True Survival Stories', a: 'Margaret Dunmore', cn: '613.69 DUN', kw: ['true survival stories', 'wilderness', 'rescue'], d: 'Ten true stories of kids and adults who survived in the wild.', u: ['hatchet'] },
  { k: 'book', t: 'The Wilderness Survival Handbook for Young Explorers', a: 'Colin Marchbanks', cn: '613.69 MAR', kw: ['survival skills', 'fire building', 'shelter'], d: 'Practical guide: shelter, water, fire and signaling for help.', u: ['hatchet'] },
  { k: 'booklist', t: 'Survival Stories for Middle Grade', kw: ['survival', 'adventure', 'choice reading'], d: 'Independent reading list for the Hatchet unit: mountains, oceans, disasters.', u: ['hatchet'] },
  { k: 'video', t: 'Bush Pilots of the North', url: 'https://example.org/video/bush-pilots', kw: ['bush planes', 'Canada', 'wilderness'], d: 'Short documentary on the small planes that serve northern Canada.', u: ['hatchet'] },

  // Greek Mythology and the Hero's Journey (6)
  { k: 'book', t: 'The Lightning Thief', a: 'Rick Riordan', cn: 'FIC RIO', kw: ['Percy Jackson', 'Greek gods', 'demigods'], d: 'A modern boy discovers he is the son of a Greek god.', u: ['myths'] },
  { k: 'book', t: 'Gods, Heroes and Monsters: Greek Myths Retold', a: 'Thea Castellanou', cn: '292.13 CAS', kw: ['Greek myths', 'Olympians', 'monsters'], d: 'Thirty myths retold with a family tree of the gods.', u: ['myths', 'greece'] },
  { k: 'book', t: 'The Long Way Home: Odysseus for Young Readers', a: 'Basil Andros', cn: '883 AND', kw: ['Odysseus', 'The Odyssey', 'epic'], d: 'Prose adaptation of the Odyssey for grades 5-8.', u: ['myths'] },
  { k: 'ebook', t: 'Myths of the Ancient World (ebook)', url: 'https://example.org/ebooks/myths-ancient-world', kw: ['mythology', 'Greek myths', 'Norse myths'], d: 'Ebook collection of Greek, Norse and Egyptian myths.', u: ['myths', 'egypt'] },

  // Ancient Egypt (6)
  { k: 'book', t: 'Gift of the Nile', a: 'Nadia Farouk-Hale', cn: '932 FAR', kw: ['Nile River', 'farming', 'flooding'], d: 'How the yearly flood made Egyptian civilization possible.', u: ['egypt'] },
  { k: 'book', t: 'Mummies, Tombs and the Afterlife', a: 'Bertram Cole', cn: '932 COL', kw: ['mummies', 'afterlife', 'tombs'], d: 'How and why Egyptians preserved their dead.', u: ['egypt'] },
  { k: 'book', t: 'Cracking the Code: Hieroglyphs and the Rosetta Stone', a: 'Lydia Sharpe', cn: '493.1 SHA', kw: ['hieroglyphics', 'Rosetta Stone', 'writing'], d: 'The story of how hieroglyphs were deciphered, with a hieroglyph alphabet.', u: ['egypt'] },
  { k: 'website', t: 'Virtual Tomb Tour', url: 'https://example.org/virtual/tomb-tour', kw: ['virtual tour', 'tombs', 'Valley of the Kings'], d: '360-degree tour of a reconstructed tomb with labelled wall paintings.', u: ['egypt'] },
  { k: 'database', t: 'World History Online: Ancient Civilizations', url: 'https://example.org/db/world-history-ancient', kw: ['ancient civilizations', 'Egypt', 'Greece', 'Rome'], d: 'Reference database of articles, maps and primary sources on ancient civilizations.', u: ['egypt', 'greece'] },

  // Ancient Greece and Rome (6)
  { k: 'book', t: 'Athens vs. Sparta', a: 'Leonidas Petrakis', cn: '938 PET', kw: ['Athens', 'Sparta', 'city-states'], d: 'Compare life, schooling and government in the two rival city-states.', u: ['greece'] },
  { k: 'book', t: 'Roads, Arches and Aqueducts', a: 'Giulia Ferrante', cn: '937 FER', kw: ['Roman engineering', 'aqueducts', 'roads'], d: 'Roman engineering and the ideas we still use.', u: ['greece'] },
  { k: 'video', t: 'A Day in Ancient Rome', url: 'https://example.org/video/day-in-ancient-rome', kw: ['Roman Republic', 'daily life', 'forum'], d: 'Twelve-minute reconstruction of a day in the Roman forum.', u: ['greece'] },

  // The Middle Ages (7)
  { k: 'book', t: 'Castle: Life Behind the Walls', a: 'Edmund Thorne', cn: '940.1 THO', kw: ['castles', 'knights', 'siege'], d: 'Cross-section illustrations of a castle and the people who lived in it.', u: ['middleages'] },
  { k: 'book', t: 'Lords, Vassals and Serfs', a: 'Matilda Greaves', cn: '940.1 GRE', kw: ['feudalism', 'manor', 'serfs'], d: 'Who owed what to whom in feudal Europe.', u: ['middleages'] },
  { k: 'book', t: 'The Black Death: A Pandemic in the Middle Ages', a: 'Rafael Oyelaran', cn: '614.5 OYE', kw: ['Black Death', 'plague', 'pandemic'], d: 'How the plague spread in 1347 and what it changed.', u: ['middleages'] },
  { k: 'website', t: 'Magna Carta: Text and Teaching Guide', url: 'https://example.org/primary-sources/magna-carta', kw: ['Magna Carta', 'primary source', 'rule of law'], d: 'Translated text of Magna Carta with a guide for middle school.', u: ['middleages', 'greece'] },

  // Ratios and Proportional Relationships (7)
  { k: 'book', t: 'Proportion in the Real World', a: 'Rajesh Iyer', cn: '513.24 IYE', kw: ['ratios', 'proportions', 'scale'], d: 'Recipes, maps and model trains: proportional thinking in everyday life.', u: ['ratios'] },
  { k: 'website', t: 'Scale Drawing Studio', url: 'https://example.org/math/scale-drawing-studio', kw: ['scale drawings', 'scale factor', 'floor plans'], d: 'Online tool to create and resize floor plans with a chosen scale.', u: ['ratios'] },
  { k: 'lesson', t: 'Map Scales and Unit Rates', kw: ['map scale', 'unit rate', 'atlas'], d: 'Library lesson using atlases to compute distances from map scales.', u: ['ratios'] },

  // Statistics and Data Displays (6)
  { k: 'book', t: 'Graphs That Tell the Truth (and Ones That Don\'t)', a: 'Phoebe Lindgren', cn: '519.5 LIN', kw: ['data displays', 'misleading graphs', 'statistics'], d: 'How to read, make and question graphs.', u: ['stats6', 'research8'] },
  { k: 'website', t: 'Student Data Set Library', url: 'https://example.org/data/student-data-sets', kw: ['data sets', 'survey results', 'statistics'], d: 'Downloadable real-world data sets sized for middle school.', u: ['stats6'] },
  { k: 'lesson', t: 'Survey Questions That Work', kw: ['survey questions', 'statistical question', 'bias'], d: 'Library lesson on writing unbiased survey questions.', u: ['stats6'] },

  // Linear Equations and Functions (8)
  { k: 'website', t: 'Graphing Lines Explorer', url: 'https://example.org/math/graphing-lines', kw: ['slope', 'y-intercept', 'graphing'], d: 'Slider-based grapher showing how slope and intercept change a line.', u: ['linear'] },
  { k: 'video', t: 'Slope as Rate of Change', url: 'https://example.org/video/slope-rate-of-change', kw: ['slope', 'rate of change', 'linear functions'], d: 'Short video lesson connecting slope to speed and cost problems.', u: ['linear'] },

  // Cells and Body Systems (6)
  { k: 'book', t: 'The Incredible Cell', a: 'Marisol Quintero', cn: '571.6 QUI', kw: ['cells', 'organelles', 'mitochondria', 'nucleus'], d: 'Tour of plant and animal cells with micrograph photographs.', u: ['cells'] },
  { k: 'book', t: 'Your Body\'s Systems', a: 'Theodore Asante', cn: '612 ASA', kw: ['body systems', 'circulatory system', 'digestive system'], d: 'How the eleven body systems work together, system by system.', u: ['cells', 'healthy'] },
  { k: 'kit', t: 'Digital Microscope Kit', kw: ['microscope', 'USB camera', 'slides'], d: 'Four USB microscopes with prepared slides; connects to Chromebooks.', u: ['cells'] },
  { k: 'database', t: 'Science Reference Center (Middle School)', url: 'https://example.org/db/science-reference-center', kw: ['science', 'research', 'articles', 'experiments'], d: 'Reference database of science articles, images and experiments for grades 6-8.', u: ['cells', 'plates'] },

  // Plate Tectonics and Earthquakes (6)
  { k: 'book', t: 'When the Earth Shakes', a: 'Keiko Nakashima', cn: '551.22 NAK', kw: ['earthquakes', 'seismic waves', 'fault lines'], d: 'Why earthquakes happen and how scientists measure them.', u: ['plates'] },
  { k: 'book', t: 'Drifting Continents: From Pangaea to Today', a: 'Wilhelm Strand', cn: '551.136 STR', kw: ['continental drift', 'Pangaea', 'plate tectonics'], d: 'The evidence for moving continents, from fossils to the seafloor.', u: ['plates'] },
  { k: 'video', t: 'Tsunami: Anatomy of a Wave', url: 'https://example.org/video/tsunami-anatomy', kw: ['tsunamis', 'earthquakes', 'ocean'], d: 'How an undersea earthquake becomes a tsunami.', u: ['plates'] },
  { k: 'website', t: 'Live Earthquake Map for Classrooms', url: 'https://example.org/earthquake-map', kw: ['earthquake map', 'real-time data', 'plate boundaries'], d: 'Map of the past week\'s earthquakes with plate boundaries overlay.', u: ['plates'] },

  // Ecosystem Dynamics (7)
  { k: 'book', t: 'Tangled Webs: How Ecosystems Work', a: 'Rosalind Burke', cn: '577.16 BUR', kw: ['food webs', 'ecosystems', 'energy pyramid'], d: 'Food webs from kelp forests to prairies, and what happens when a link breaks.', u: ['ecosys7'] },
  { k: 'book', t: 'Invaders! Species Out of Place', a: 'Tomasz Wilk', cn: '578.6 WIL', kw: ['invasive species', 'zebra mussels', 'kudzu'], d: 'Case studies of invasive species and the ecosystems they changed.', u: ['ecosys7'] },
  { k: 'book', t: 'Wolves of the Northern Range', a: 'Jasper Holm', cn: '599.773 HOL', kw: ['wolves', 'predator and prey', 'trophic cascade'], d: 'How reintroducing wolves changed an entire ecosystem.', u: ['ecosys7'] },
  { k: 'database', t: 'Gale-style Science In Context (Student Edition)', url: 'https://example.org/db/science-in-context', kw: ['science research', 'ecology', 'biology articles'], d: 'Curriculum-aligned science database with topic pages, videos and academic journals.', u: ['ecosys7', 'evolution'] },
  { k: 'website', t: 'Food Web Builder', url: 'https://example.org/science/food-web-builder', kw: ['food web', 'simulation', 'producers and consumers'], d: 'Online simulation: remove a species and watch the web respond.', u: ['ecosys7'] },
  { k: 'video', t: 'Biodiversity Hotspots', url: 'https://example.org/video/biodiversity-hotspots', kw: ['biodiversity', 'habitats', 'conservation'], d: 'Fifteen-minute documentary on the world\'s richest ecosystems.', u: ['ecosys7'] },

  // Weather and Climate (7)
  { k: 'book', t: 'Air Masses, Fronts and Forecasts', a: 'Dorothy Halvorsen', cn: '551.5 HAL', kw: ['air masses', 'fronts', 'forecasting'], d: 'How meteorologists read the sky and the maps.', u: ['weather7'] },
  { k: 'book', t: 'Extreme Weather: Hurricanes, Tornadoes and Blizzards', a: 'Raymond Ochoa', cn: '551.55 OCH', kw: ['severe weather', 'hurricanes', 'tornadoes'], d: 'The science of the wildest weather and how to stay safe.', u: ['weather7'] },
  { k: 'book', t: 'Weather or Climate? Understanding the Difference', a: 'Ezra Goldfarb', cn: '551.6 GOL', kw: ['climate', 'weather', 'climate zones'], d: 'Why one cold day says nothing about climate.', u: ['weather7'] },
  { k: 'kit', t: 'School Weather Station Kit', kw: ['weather station', 'anemometer', 'rain gauge', 'humidity'], d: 'Thermometer, hygrometer, anemometer and rain gauge for a schoolyard station.', u: ['weather7', 'watercycle'] },
  { k: 'website', t: 'Weather Map Classroom', url: 'https://example.org/science/weather-map-classroom', kw: ['weather maps', 'fronts', 'pressure systems'], d: 'Daily annotated weather maps with student activities.', u: ['weather7'] },

  // Forces and Motion (8)
  { k: 'book', t: 'Push, Pull, Crash: Newton\'s Laws in Action', a: 'Felix Marlowe', cn: '531 MAR', kw: ["Newton's laws", 'forces', 'collisions'], d: 'Sports and car-crash examples for the three laws of motion.', u: ['forces'] },
  { k: 'book', t: 'Roller Coaster Science', a: 'Ayesha Grant', cn: '531.6 GRA', kw: ['roller coasters', 'kinetic energy', 'potential energy'], d: 'The physics of loops, drops and g-forces.', u: ['forces'] },
  { k: 'lesson', t: 'Paper Roller Coaster Design Challenge', kw: ['design challenge', 'engineering', 'energy'], d: 'Makerspace lesson: build a marble coaster from paper and tape.', u: ['forces'] },
  { k: 'video', t: 'Friction: The Force That Holds Us Back', url: 'https://example.org/video/friction', kw: ['friction', 'surfaces', 'motion'], d: 'Short video on friction with slow-motion experiments.', u: ['forces'] },

  // Natural Selection and Adaptation (8)
  { k: 'book', t: 'The Finches\' Beaks', a: 'Lorraine Whitby', cn: '576.8 WHI', kw: ['Galápagos finches', 'natural selection', 'Darwin'], d: 'How researchers watched evolution happen on a Galápagos island.', u: ['evolution'] },
  { k: 'book', t: 'Built to Survive: Animal Adaptations', a: 'Priyanka Sethi', cn: '591.4 SET', kw: ['adaptation', 'camouflage', 'variation'], d: 'Camouflage, mimicry and other adaptations, with photographs.', u: ['evolution', 'lifecycles'] },
  { k: 'lesson', t: 'Bird Beak Natural Selection Simulation', kw: ['simulation', 'bird beaks', 'natural selection'], d: 'Hands-on lab: tools as beaks compete for different foods.', u: ['evolution'] },

  // The Outsiders (7)
  { k: 'book', t: 'The Outsiders', a: 'S. E. Hinton', cn: 'FIC HIN', kw: ['Greasers', 'Socs', 'Ponyboy'], d: 'Class set. Ponyboy Curtis and the Greasers in 1960s Tulsa.', u: ['outsiders'] },
  { k: 'book', t: 'Stay Gold: Teens, Labels and Belonging', a: 'Marisa Kwon', cn: '305.235 KWO', kw: ['identity', 'belonging', 'labels'], d: 'Nonfiction on how teens form groups and identities.', u: ['outsiders'] },
  { k: 'booklist', t: 'Belonging and Identity: Novels for Grades 7-8', kw: ['identity', 'belonging', 'coming of age'], d: 'Choice reading to pair with The Outsiders.', u: ['outsiders'] },
  { k: 'ebook', t: 'Nothing Gold Can Stay and Other Poems (ebook)', url: 'https://example.org/ebooks/nothing-gold-can-stay', kw: ['poem', 'stay gold', 'Robert Frost'], d: 'The Frost poem Ponyboy recites, with other classic poems.', u: ['outsiders', 'poetry'] },
  { k: 'video', t: 'Tulsa in the 1960s', url: 'https://example.org/video/tulsa-1960s', kw: ['historical context', 'Tulsa', '1960s'], d: 'Short documentary for the setting of The Outsiders.', u: ['outsiders'] },

  // Research Writing (8)
  { k: 'database', t: 'Opposing Viewpoints-style Issues Database', url: 'https://example.org/db/issues-and-viewpoints', kw: ['argument', 'pro and con', 'current issues'], d: 'Database of debated issues with pro and con essays, statistics and news.', u: ['research8'] },
  { k: 'database', t: 'Student Research Center', url: 'https://example.org/db/student-research-center', kw: ['magazines', 'newspapers', 'research'], d: 'Full-text magazines and newspapers for middle school research.', u: ['research8', 'civilrights'] },
  { k: 'lesson', t: 'Is It Credible? Evaluating Sources', kw: ['credible sources', 'CRAAP test', 'lateral reading'], d: 'Library lesson on lateral reading and checking who is behind a source.', u: ['research8'] },
  { k: 'lesson', t: 'Citations Made Simple (MLA 9)', kw: ['MLA format', 'citations', 'works cited'], d: 'Mini-lesson and handout on citing books, databases and websites.', u: ['research8'] },
  { k: 'book', t: 'Make Your Case: A Young Writer\'s Guide to Argument', a: 'Celeste Navarro', cn: '808.042 NAV', kw: ['argument writing', 'claim and evidence', 'counterclaim'], d: 'Step-by-step guide to writing an evidence-based argument.', u: ['research8'] },
  { k: 'website', t: 'Citation Builder', url: 'https://example.org/tools/citation-builder', kw: ['citation generator', 'MLA', 'APA'], d: 'Free citation builder with MLA and APA templates.', u: ['research8'] },

  // Voices of the Holocaust (8)
  { k: 'book', t: 'The Diary of a Young Girl', a: 'Anne Frank', cn: '940.5318 FRA', kw: ['Anne Frank', 'diary', 'Holocaust'], d: 'Class set of the diary kept in hiding in Amsterdam, 1942-1944.', u: ['holocaust'] },
  { k: 'book', t: 'Number the Stars', a: 'Lois Lowry', cn: 'FIC LOW', kw: ['Denmark', 'World War II', 'upstanders'], d: 'A Danish family helps their Jewish neighbors escape.', u: ['holocaust'] },
  { k: 'book', t: 'Propaganda: How Words and Images Persuade', a: 'Gregor Lindqvist', cn: '303.375 LIN', kw: ['propaganda', 'media literacy', 'persuasion'], d: 'How propaganda works, from wartime posters to social media.', u: ['holocaust', 'research8'] },
  { k: 'website', t: 'Holocaust Survivor Testimony Archive', url: 'https://example.org/testimony-archive', kw: ['survivor testimony', 'oral history', 'video'], d: 'Searchable clips of survivor testimony with classroom guides.', u: ['holocaust'] },

  // Civil War and Reconstruction (8)
  { k: 'book', t: 'A House Divided: The Road to Civil War', a: 'Franklin Rhodes', cn: '973.7 RHO', kw: ['causes of the Civil War', 'slavery', 'secession'], d: 'From the Missouri Compromise to Fort Sumter.', u: ['civilwar'] },
  { k: 'book', t: 'Three Days at Gettysburg', a: 'Eleanor Whitcomb-Hayes', cn: '973.7349 WHI', kw: ['Gettysburg', 'turning point', 'battle'], d: 'Hour-by-hour narrative of the battle and the address that followed.', u: ['civilwar'] },
  { k: 'book', t: 'Lincoln\'s Hardest Choices', a: 'Marcus Pell', cn: '973.7092 PEL', kw: ['Abraham Lincoln', 'Emancipation Proclamation'], d: 'The decisions that shaped Lincoln\'s presidency during the war.', u: ['civilwar'] },
  { k: 'book', t: 'Forty Acres: The Promise of Reconstruction', a: 'Delia Marchand', cn: '973.8 MAR', kw: ['Reconstruction', "Freedmen's Bureau", '13th Amendment', '14th Amendment'], d: 'What freedom meant after 1865, and why Reconstruction ended.', u: ['civilwar', 'civilrights'] },
  { k: 'website', t: 'Civil War Letters Collection', url: 'https://example.org/primary-sources/civil-war-letters', kw: ['primary sources', 'soldiers\' letters', 'Civil War'], d: 'Transcribed letters from soldiers and families, searchable by state.', u: ['civilwar'] },
  { k: 'database', t: 'U.S. History in Context (Student)', url: 'https://example.org/db/us-history-in-context', kw: ['U.S. history', 'primary sources', 'reference'], d: 'American history database with reference articles, primary sources and maps.', u: ['civilwar', 'civilrights'] },

  // Civil Rights Movement (8)
  { k: 'book', t: 'Walking for Freedom: The Montgomery Bus Boycott', a: 'Loretta Sims', cn: '323.1196 SIM', kw: ['Montgomery bus boycott', 'Rosa Parks', 'nonviolence'], d: 'The 381 days that changed Montgomery.', u: ['civilrights'] },
  { k: 'book', t: 'Separate Is Never Equal: Brown v. Board', a: 'Victor Amado', cn: '344.73 AMA', kw: ['Brown v. Board of Education', 'segregation', 'schools'], d: 'The families and lawyers behind the 1954 decision.', u: ['civilrights'] },
  { k: 'book', t: 'The March: August 28, 1963', a: 'Gloria Bennett', cn: '323.1196 BEN', kw: ['March on Washington', 'I Have a Dream', 'Martin Luther King Jr.'], d: 'The day of the March on Washington, told through many participants.', u: ['civilrights'] },
  { k: 'video', t: 'Eyes on the Vote: Selma to Montgomery', url: 'https://example.org/video/selma-to-montgomery', kw: ['Selma', 'Voting Rights Act', 'marches'], d: 'Documentary segment on the 1965 marches and the Voting Rights Act.', u: ['civilrights'] },
  { k: 'website', t: 'Civil Rights Primary Source Set', url: 'https://example.org/primary-sources/civil-rights', kw: ['primary sources', 'photographs', 'speeches'], d: 'Photographs, speeches and documents from 1954 to 1968, with analysis sheets.', u: ['civilrights'] },

  // Día de los Muertos (Spanish)
  { k: 'book', t: 'Día de los Muertos: Recordar con alegría', a: 'Marisela Guzmán', cn: 'SP 394.264 GUZ', kw: ['Día de los Muertos', 'ofrenda', 'tradiciones'], d: 'Libro en español sobre las tradiciones del Día de los Muertos en México.', u: ['muertos'] },
  { k: 'book', t: 'The Marigold Path', a: 'Inés Castañeda', cn: 'FIC CAS', kw: ['Day of the Dead', 'cempasúchil', 'family'], d: 'Picture book: a girl follows the marigold petals to remember her abuela.', u: ['muertos'] },
  { k: 'lesson', t: 'Papel Picado Workshop', kw: ['papel picado', 'paper cutting', 'ofrenda'], d: 'Library makerspace session cutting papel picado for the class ofrenda.', u: ['muertos'] },
  { k: 'video', t: 'Las calaveras de Posada', url: 'https://example.org/video/calaveras-posada', kw: ['calaveras', 'arte mexicano', 'José Guadalupe Posada'], d: 'Video corto en español sobre las calaveras y su historia.', u: ['muertos', 'harlem'] },

  // El tiempo y las estaciones (Spanish)
  { k: 'book', t: '¿Qué tiempo hace hoy?', a: 'Rosario Almeida', cn: 'SP 551.6 ALM', kw: ['el tiempo', 'hace sol', 'llueve', 'nieva'], d: 'Libro ilustrado con vocabulario del tiempo para principiantes.', u: ['tiempo'] },
  { k: 'book', t: 'Las cuatro estaciones', a: 'Benito Llorente', cn: 'SP 508.2 LLO', kw: ['las estaciones', 'primavera', 'verano', 'otoño', 'invierno'], d: 'Las estaciones del año con fotografías de España y América Latina.', u: ['tiempo'] },
  { k: 'website', t: 'El pronóstico del tiempo: mapas en español', url: 'https://example.org/es/pronostico', kw: ['el pronóstico', 'mapas del tiempo', 'ciudades'], d: 'Pronósticos en español de ciudades hispanohablantes, para presentaciones.', u: ['tiempo'] },

  // Collage and the Harlem Renaissance (art)
  { k: 'book', t: 'Cut, Paste, Tell: The Art of Collage', a: 'Naomi Ferris', cn: '702.81 FER', kw: ['collage', 'mixed media', 'technique'], d: 'Techniques and artists of collage, with project ideas.', u: ['harlem'] },
  { k: 'book', t: 'Harlem Nights: Art and Jazz in the 1920s', a: 'Cornelius Bradshaw', cn: '700.89 BRA', kw: ['Harlem Renaissance', 'jazz', 'artists', 'writers'], d: 'The painters, poets and musicians of the Harlem Renaissance.', u: ['harlem', 'poetry'] },
  { k: 'book', t: 'Painting the Great Migration', a: 'Ophelia Grant', cn: '759.13 GRA', kw: ['Jacob Lawrence', 'Great Migration', 'series paintings'], d: 'How one artist told the story of the Great Migration in sixty panels.', u: ['harlem', 'civilrights'] },
  { k: 'website', t: 'Riverbend Art Museum: Collage Collection Online', url: 'https://example.org/riverbend/collage', kw: ['museum collection', 'collage', 'Romare Bearden'], d: 'Our partner museum\'s online collection of collage works with zoomable images.', u: ['harlem'] },

  // Instruments of the Orchestra (music)
  { k: 'book', t: 'Meet the Orchestra', a: 'Clarissa Bauer', cn: '784.2 BAU', kw: ['orchestra', 'instrument families', 'conductor'], d: 'Animals play every instrument family in this picture book.', u: ['orchestra'] },
  { k: 'book', t: 'Peter and the Wolf: A Musical Story', a: 'Yevgenia Rostova', cn: '784.2 ROS', kw: ['Peter and the Wolf', 'themes', 'instruments'], d: 'The story with a QR code to the recording; each character is an instrument.', u: ['orchestra'] },
  { k: 'video', t: 'Sounds of the Strings, Winds, Brass and Percussion', url: 'https://example.org/video/instrument-families', kw: ['strings', 'woodwinds', 'brass', 'percussion'], d: 'Youth symphony musicians demonstrate each instrument family.', u: ['orchestra'] },
  { k: 'program', t: 'Youth Symphony Petting Zoo', kw: ['instrument petting zoo', 'hands-on', 'musicians'], d: 'Visiting musicians let students try instruments in the library.', u: ['orchestra'] },

  // Healthy Habits (PE)
  { k: 'book', t: 'Fuel Up! Eating Well for Kids', a: 'Dana Whitlock', cn: '613.2 WHI', kw: ['nutrition', 'food groups', 'MyPlate'], d: 'How food becomes energy and how to build a balanced plate.', u: ['healthy'] },
  { k: 'book', t: 'Move It! Why Exercise Matters', a: 'Andre Baptiste', cn: '613.7 BAP', kw: ['exercise', 'heart rate', 'fitness'], d: 'What exercise does to your heart, lungs and brain.', u: ['healthy'] },

  // Phonics Power (1-2)
  { k: 'book', t: 'Sam and the Big Red Bus (Decodable Set 1)', a: 'Kit Lawson', cn: 'E LAW', kw: ['decodable books', 'short vowels', 'CVC words'], d: 'Decodable reader for short a, e, i, o, u.', u: ['phonics'] },
  { k: 'book', t: 'Chip the Ship (Decodable Set 3: Digraphs)', a: 'Kit Lawson', cn: 'E LAW', kw: ['digraphs', 'sh ch th', 'decodable books'], d: 'Decodable reader practicing sh, ch and th.', u: ['phonics'] },
  { k: 'kit', t: 'Decodable Readers Leveled Bins', kw: ['decodable books', 'phonics', 'leveled'], d: 'Eight bins of decodable readers sorted by phonics pattern for small groups.', u: ['phonics'] },
  { k: 'website', t: 'Phonics Games Hub', url: 'https://example.org/reading/phonics-games', kw: ['phonics games', 'blends', 'sight words'], d: 'Free online games for blends, digraphs and sight words.', u: ['phonics'] },
  { k: 'ebook', t: 'Read-Along Decodables (ebook collection)', url: 'https://example.org/ebooks/read-along-decodables', kw: ['decodable', 'fluency', 'audio support'], d: 'Ebook decodables with word-by-word highlighting for fluency practice.', u: ['phonics'] },

  // Extra tagged titles to round out the collection.
  { k: 'ebook', t: 'Fire Station Field Trip (ebook)', url: 'https://example.org/ebooks/fire-station-field-trip', kw: ['firefighters', 'field trip', 'fire safety'], d: 'Photo ebook of a kindergarten visit to the fire station.', u: ['commhelp'] },
  { k: 'ebook', t: 'Survival Science: What Would You Do? (ebook)', url: 'https://example.org/ebooks/survival-science', kw: ['survival skills', 'science', 'decision making'], d: 'Choose-your-path ebook about surviving in the wild, backed by science.', u: ['hatchet'] },
  { k: 'ebook', t: 'Ecosystems of North America (ebook)', url: 'https://example.org/ebooks/ecosystems-north-america', kw: ['ecosystems', 'biomes', 'habitats'], d: 'Ebook tour of North American biomes and their food webs.', u: ['ecosys7', 'ecosys5'] },
  { k: 'ebook', t: 'The Revolution Will Be Printed (ebook)', url: 'https://example.org/ebooks/revolution-printed', kw: ['printing press', 'pamphlets', 'Common Sense'], d: 'How pamphlets and newspapers spread revolutionary ideas in the colonies.', u: ['amrev'] },
  { k: 'ebook', t: 'Kingdoms of Gold and Salt: Medieval Africa (ebook)', url: 'https://example.org/ebooks/medieval-africa', kw: ['Mali', 'Mansa Musa', 'trade routes'], d: 'The empires of West Africa during Europe\'s Middle Ages.', u: ['middleages'] },
  { k: 'ebook', t: 'Shake, Rattle, Erupt (ebook)', url: 'https://example.org/ebooks/shake-rattle-erupt', kw: ['earthquakes', 'volcanoes', 'natural hazards'], d: 'Ebook on predicting and preparing for natural hazards.', u: ['plates'] },
  { k: 'ebook', t: 'Juneteenth and the Meaning of Freedom (ebook)', url: 'https://example.org/ebooks/juneteenth', kw: ['Juneteenth', 'emancipation', 'celebration'], d: 'The history of June 19, 1865, and how it is celebrated.', u: ['civilwar', 'civilrights'] },
  { k: 'ebook', t: 'Storm Chasers (ebook)', url: 'https://example.org/ebooks/storm-chasers', kw: ['storm chasers', 'tornadoes', 'meteorology'], d: 'Scientists who follow storms to learn how they form.', u: ['weather7'] },
  { k: 'booklist', t: 'Civil War and Reconstruction Reading List', kw: ['historical fiction', 'nonfiction', 'Civil War'], d: 'Public library and school titles for the 8th grade Civil War unit.', u: ['civilwar'] },
  { k: 'booklist', t: 'Civil Rights Picture Books for Older Readers', kw: ['picture books', 'civil rights', 'mentor texts'], d: 'Sophisticated picture books for 8th grade mentor texts.', u: ['civilrights'] },
  { k: 'program', t: 'Pond Study Day at the Nature Center', kw: ['field study', 'pond', 'water sampling'], d: 'Nature Center educators lead a pond-sampling day for grade 7.', u: ['ecosys7'] },
  { k: 'program', t: 'Historical Society Traveling Trunk: Civil War Soldier', kw: ['traveling trunk', 'artifacts', 'reproductions'], d: 'Reproduction uniform, letters and camp items loaned by the county historical society.', u: ['civilwar'] },
  { k: 'video', t: 'Hieroglyphs Decoded', url: 'https://example.org/video/hieroglyphs-decoded', kw: ['hieroglyphics', 'scribes', 'Rosetta Stone'], d: 'Short animated video on how scribes wrote and how we learned to read them.', u: ['egypt'] },
  { k: 'video', t: 'Inside a Cell: 3D Tour', url: 'https://example.org/video/inside-a-cell', kw: ['organelles', 'cell membrane', '3D animation'], d: 'Animated fly-through of an animal cell.', u: ['cells'] },
  { k: 'book', t: 'Ratio Rally: Sports by the Numbers', a: 'Dwayne Koller', cn: '796.021 KOL', kw: ['ratios', 'percent', 'sports statistics'], d: 'Batting averages, shooting percentages and other sports ratios explained.', u: ['ratios', 'stats6'] },

  // General collection, not tagged to a unit.
  { k: 'database', t: 'Britannica-style School Encyclopedia', url: 'https://example.org/db/school-encyclopedia', kw: ['encyclopedia', 'reference', 'research'], d: 'General encyclopedia with three reading levels.', u: [], s: ['ELA', 'science', 'social studies'], g: [3, 4, 5, 6, 7, 8] },
  { k: 'database', t: 'Picture Book Streaming Library', url: 'https://example.org/db/picture-book-streaming', kw: ['read-alouds', 'animated books', 'streaming'], d: 'Animated picture books and read-alouds for K-3.', u: [], s: ['ELA'], g: [0, 1, 2, 3] },
  { k: 'database', t: 'Middle School Ebook Collection', url: 'https://example.org/db/ms-ebooks', kw: ['ebooks', 'audiobooks', 'fiction'], d: 'Ebook and audiobook lending platform for grades 6-8.', u: [], s: ['ELA'], g: [6, 7, 8] },
  { k: 'database', t: 'Public Library Homework Help Portal', url: 'https://example.org/db/homework-help', kw: ['homework help', 'tutoring', 'public library'], d: 'Free live tutoring from the public library with a library card.', u: [], s: ['math', 'ELA', 'science'], g: [3, 4, 5, 6, 7, 8] },
  { k: 'website', t: 'Digital Citizenship Lessons for K-8', url: 'https://example.org/digital-citizenship', kw: ['digital citizenship', 'online safety', 'media balance'], d: 'Grade-by-grade lessons on online safety and digital footprints.', u: [], s: ['technology'], g: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
  { k: 'website', t: 'Typing Practice Club', url: 'https://example.org/typing-club', kw: ['keyboarding', 'typing'], d: 'Keyboarding practice site for grades 2-8.', u: [], s: ['technology'], g: [2, 3, 4, 5, 6, 7, 8] },
  { k: 'book', t: 'The Library Book Dragon', a: 'Penelope Strand', cn: 'E STR', kw: ['library orientation', 'book care', 'read-aloud'], d: 'Picture book used for kindergarten library orientation.', u: [], s: ['ELA'], g: [0, 1] },
  { k: 'book', t: 'Kindness Is Contagious', a: 'Gabriel Ortiz', cn: '177.7 ORT', kw: ['kindness', 'social-emotional learning', 'friendship'], d: 'Stories of small acts of kindness that spread.', u: [], s: ['counseling'], g: [1, 2, 3, 4] },
  { k: 'book', t: 'Worry Less, Wonder More', a: 'Ada Lindqvist', cn: '152.46 LIN', kw: ['anxiety', 'coping skills', 'social-emotional learning'], d: 'A kid-friendly guide to handling worries.', u: [], s: ['counseling'], g: [3, 4, 5, 6] },
  { k: 'book', t: 'Graphic Novel Starter Shelf: Bolt and Beacon', a: 'Theo Marchetti-Ruiz', cn: 'GN MAR', kw: ['graphic novel', 'superheroes', 'humor'], d: 'Popular graphic novel series; always checked out.', u: [], s: ['ELA'], g: [3, 4, 5] },
  { k: 'book', t: 'The Great Big Book of Knock-Knock Jokes', a: 'Milo Fairweather', cn: '818.602 FAI', kw: ['jokes', 'humor', 'reluctant readers'], d: 'Joke book for reluctant readers.', u: [], s: ['ELA'], g: [1, 2, 3, 4] },
  { k: 'book', t: 'Build It! Makerspace Projects for Kids', a: 'Rhea Donnelly', cn: '600 DON', kw: ['makerspace', 'engineering', 'projects'], d: 'Thirty low-cost maker projects for the library makerspace.', u: [], s: ['science', 'technology'], g: [3, 4, 5, 6, 7, 8] },
  { k: 'book', t: 'Coding Adventures with Robots', a: 'Sanjay Mehra', cn: '005.1 MEH', kw: ['coding', 'robots', 'programming'], d: 'Beginner coding projects for classroom robots.', u: [], s: ['technology'], g: [2, 3, 4, 5, 6] },
  { k: 'kit', t: 'Classroom Robot Kit (6 robots)', kw: ['coding robots', 'STEM', 'makerspace'], d: 'Six programmable robots with tablets, for checkout by teachers.', u: [], s: ['technology', 'math'], g: [1, 2, 3, 4, 5] },
  { k: 'program', t: 'Family Literacy Night', kw: ['family literacy', 'reading at home', 'event'], d: 'Fall evening event with the PTA and public library: games, book giveaways, library card sign-up.', u: [], s: ['ELA'], g: [0, 1, 2, 3, 4, 5] },
  { k: 'program', t: 'Spring Book Fair', kw: ['book fair', 'PTA', 'fundraiser'], d: 'PTA-run book fair in the library; profits buy new books.', u: [], s: ['ELA'], g: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
  { k: 'program', t: 'Summer Reading Challenge Kickoff', kw: ['summer reading', 'public library', 'challenge'], d: 'Public librarians visit in June to sign students up for the summer challenge.', u: [], s: ['ELA'], g: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
  { k: 'booklist', t: 'Battle of the Books Titles', kw: ['reading competition', 'quiz bowl', 'Battle of the Books'], d: 'This year\'s twelve Battle of the Books titles for grades 4-5.', u: [], s: ['ELA'], g: [4, 5] },
  { k: 'lesson', t: 'How to Find a Book: Call Numbers and the Catalog', kw: ['library catalog', 'call numbers', 'Dewey Decimal'], d: 'Library orientation lesson on searching the catalog and reading spine labels.', u: [], s: ['ELA'], g: [2, 3, 4, 5, 6] },
  { k: 'video', t: 'Welcome to Your School Library', url: 'https://example.org/video/welcome-library', kw: ['library orientation', 'checkout', 'library rules'], d: 'Student-made tour of the library for back-to-school week.', u: [], s: ['ELA'], g: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
];
