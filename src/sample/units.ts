/**
 * The sample school's 40 curriculum units. Placement is in school weeks
 * (week 0 = the first day of school), so the calendar follows whatever school
 * year the sample is built for. Near-collisions are deliberate, to exercise
 * matching: water cycle at grades 4 and 7, ecosystems at grades 5 and 7,
 * Civil War vs Civil Rights, Greek myths vs ancient Greece, weather in
 * science and in Spanish.
 */
export interface UnitSpec {
  key: string;
  title: string;
  subject: string;
  grades: number[];
  /** School week the unit starts (Monday of that week). */
  week: number;
  weeks: number;
  /** Contact keys (see contacts.ts). */
  teachers: string[];
  keywords: string[];
  standards: string[];
  description: string;
  /** How the librarian would name the topic in a log note ("food webs"). Not stored. */
  topic: string;
}

export const UNITS: UnitSpec[] = [
  {
    key: 'commhelp', title: 'Community Helpers', subject: 'social studies', grades: [0], week: 6, weeks: 3, teachers: ['okafor'],
    keywords: ['community helpers', 'firefighters', 'mail carrier', 'doctors and nurses', 'jobs', 'neighborhood', 'tools'],
    standards: ['D2.Civ.2.K-2', 'D2.Eco.1.K-2'],
    description: 'Kindergartners meet the people who keep our neighborhood running and dress up as the helper they want to be.',
    topic: 'community helpers',
  },
  {
    key: 'livingK', title: 'What Living Things Need', subject: 'science', grades: [0], week: 24, weeks: 4, teachers: ['okafor'],
    keywords: ['living and nonliving', 'plants', 'animals', 'food water and air', 'seeds', 'sunlight', 'classroom garden'],
    standards: ['K-LS1-1', 'K-ESS3-1'],
    description: 'Students observe plants and classroom animals to find patterns in what living things need to survive.',
    topic: 'what plants and animals need',
  },
  {
    key: 'lightsound', title: 'Light and Sound', subject: 'science', grades: [1], week: 9, weeks: 3, teachers: ['brennan'],
    keywords: ['light', 'sound', 'vibrations', 'shadows', 'mirrors', 'flashlights', 'string telephone'],
    standards: ['1-PS4-1', '1-PS4-2', '1-PS4-3', '1-PS4-4'],
    description: 'First graders investigate how vibrating materials make sound and how light lets us see, ending with a shadow-puppet show.',
    topic: 'light and sound',
  },
  {
    key: 'fairytales', title: 'Fairy Tales Around the World', subject: 'ELA', grades: [1], week: 20, weeks: 3, teachers: ['brennan'],
    keywords: ['fairy tales', 'folktales', 'Cinderella stories', 'compare versions', 'retelling', 'characters and setting', 'once upon a time'],
    standards: ['CCSS.ELA-LITERACY.RL.1.2', 'CCSS.ELA-LITERACY.RL.1.9'],
    description: 'Students read versions of the same tale from different cultures and compare characters, settings and endings.',
    topic: 'fairy tale versions',
  },
  {
    key: 'maps2', title: 'Maps and Globes', subject: 'social studies', grades: [2], week: 5, weeks: 3, teachers: ['raman'],
    keywords: ['maps', 'globe', 'map key', 'compass rose', 'continents', 'oceans', 'cardinal directions'],
    standards: ['D2.Geo.1.K-2', 'D2.Geo.2.K-2'],
    description: 'Second graders read and draw maps, from their classroom to the seven continents.',
    topic: 'maps and globes',
  },
  {
    key: 'pollinators', title: 'Plants and Pollinators', subject: 'science', grades: [2], week: 28, weeks: 4, teachers: ['raman'],
    keywords: ['pollination', 'pollinators', 'bees', 'butterflies', 'seed dispersal', 'flowers', 'plant growth'],
    standards: ['2-LS2-1', '2-LS2-2', '2-LS4-1'],
    description: 'Students test what plants need to grow and build a model of a pollinator moving pollen between flowers.',
    topic: 'pollinators',
  },
  {
    key: 'lifecycles', title: 'Animal Life Cycles', subject: 'science', grades: [3], week: 26, weeks: 4, teachers: ['whitfield'],
    keywords: ['life cycle', 'metamorphosis', 'frogs', 'butterflies', 'larva', 'inherited traits', 'tadpoles'],
    standards: ['3-LS1-1', '3-LS3-1'],
    description: 'Third graders raise painted lady caterpillars and compare the life cycles of insects, frogs and mammals.',
    topic: 'life cycles',
  },
  {
    key: 'biographies', title: 'Biographies: People Who Made a Difference', subject: 'ELA', grades: [3], week: 14, weeks: 4, teachers: ['whitfield'],
    keywords: ['biography', 'research report', 'timeline', 'inventors', 'famous Americans', 'wax museum', 'note-taking'],
    standards: ['CCSS.ELA-LITERACY.RI.3.3', 'CCSS.ELA-LITERACY.W.3.7'],
    description: 'Each student researches one person who changed the world and presents as that person at the living wax museum.',
    topic: 'biography research',
  },
  {
    key: 'fractions', title: 'Fractions on a Number Line', subject: 'math', grades: [3], week: 22, weeks: 4, teachers: ['whitfield'],
    keywords: ['fractions', 'number line', 'unit fractions', 'numerator', 'denominator', 'equivalent fractions'],
    standards: ['3.NF.A.1', '3.NF.A.2', '3.NF.A.3'],
    description: 'Students understand fractions as numbers, place them on a number line and find equivalent fractions.',
    topic: 'fractions',
  },
  {
    key: 'watercycle', title: 'The Water Cycle', subject: 'science', grades: [4], week: 16, weeks: 4, teachers: ['castellano'],
    keywords: ['water cycle', 'evaporation', 'condensation', 'precipitation', 'runoff', 'clouds', 'erosion'],
    standards: ['4-ESS2-1', '4-ESS2-2'],
    description: 'Fourth graders follow a drop of water through evaporation, condensation and precipitation, and see how moving water shapes the land.',
    topic: 'the water cycle',
  },
  {
    key: 'regions', title: 'Regions of the United States', subject: 'social studies', grades: [4], week: 10, weeks: 4, teachers: ['castellano'],
    keywords: ['regions', 'Northeast', 'Southeast', 'Midwest', 'Southwest', 'West', 'landforms', 'natural resources'],
    standards: ['D2.Geo.2.3-5', 'D2.Geo.4.3-5'],
    description: 'Students compare the landforms, climate and economy of the five U.S. regions and make a travel brochure for one.',
    topic: 'U.S. regions',
  },
  {
    key: 'poetry', title: 'Poetry Month', subject: 'ELA', grades: [4, 5], week: 33, weeks: 4, teachers: ['castellano', 'dunleavy'],
    keywords: ['poetry', 'poems', 'haiku', 'free verse', 'figurative language', 'stanza', 'poetry cafe'],
    standards: ['CCSS.ELA-LITERACY.RL.4.5', 'CCSS.ELA-LITERACY.RL.5.4'],
    description: 'April poetry unit: students read widely, write in several forms and perform at the poetry cafe in the library.',
    topic: 'poetry',
  },
  {
    key: 'ecosys5', title: 'Matter and Energy in Ecosystems', subject: 'science', grades: [5], week: 23, weeks: 4, teachers: ['dunleavy'],
    keywords: ['food chains', 'producers', 'consumers', 'decomposers', 'energy from the sun', 'terrarium'],
    standards: ['5-LS2-1', '5-PS3-1', '5-LS1-1'],
    description: 'Fifth graders trace energy from the sun through food chains and build sealed terrariums to watch matter cycle.',
    topic: 'food chains',
  },
  {
    key: 'amrev', title: 'The American Revolution', subject: 'social studies', grades: [5], week: 12, weeks: 5, teachers: ['dunleavy'],
    keywords: ['American Revolution', 'Declaration of Independence', 'Boston Tea Party', 'Patriots', 'Loyalists', 'taxation without representation', 'colonists'],
    standards: ['D2.His.1.3-5', 'D2.His.2.3-5', 'D2.Civ.2.3-5'],
    description: 'Students weigh Patriot and Loyalist points of view and write a persuasive broadside from 1775.',
    topic: 'the American Revolution',
  },
  {
    key: 'fantasy', title: 'Fantasy Book Clubs', subject: 'ELA', grades: [5], week: 7, weeks: 5, teachers: ['dunleavy'],
    keywords: ['fantasy', 'book clubs', 'literature circles', 'theme', "hero's journey", 'world-building', 'magic'],
    standards: ['CCSS.ELA-LITERACY.RL.5.2', 'CCSS.ELA-LITERACY.RL.5.9'],
    description: 'Small book clubs read a fantasy novel together and track how the hero changes over the quest.',
    topic: 'fantasy book clubs',
  },
  {
    key: 'hatchet', title: 'Hatchet: Survival Stories', subject: 'ELA', grades: [6], week: 8, weeks: 5, teachers: ['pemberton'],
    keywords: ['Hatchet', 'Gary Paulsen', 'survival', 'Brian Robeson', 'wilderness', 'man vs. nature', 'character change'],
    standards: ['CCSS.ELA-LITERACY.RL.6.2', 'CCSS.ELA-LITERACY.RL.6.3'],
    description: 'Whole-class novel study of Hatchet with survival-themed book choice for independent reading.',
    topic: 'Hatchet and survival stories',
  },
  {
    key: 'myths', title: "Greek Mythology and the Hero's Journey", subject: 'ELA', grades: [6], week: 17, weeks: 4, teachers: ['pemberton'],
    keywords: ['Greek myths', 'gods and goddesses', 'Olympians', 'Odysseus', "hero's journey", 'archetypes', 'Percy Jackson'],
    standards: ['CCSS.ELA-LITERACY.RL.6.9', 'CCSS.ELA-LITERACY.RL.6.5'],
    description: "Students read classic myths and modern retellings and map them onto the hero's journey.",
    topic: 'Greek myths',
  },
  {
    key: 'egypt', title: 'Ancient Egypt', subject: 'social studies', grades: [6], week: 5, weeks: 5, teachers: ['donovan'],
    keywords: ['pharaohs', 'pyramids', 'Nile River', 'hieroglyphics', 'mummies', 'afterlife', 'Rosetta Stone'],
    standards: ['D2.His.1.6-8', 'D2.Geo.4.6-8'],
    description: 'How the Nile shaped one of the first civilizations: farming, pharaohs, writing and beliefs about the afterlife.',
    topic: 'ancient Egypt',
  },
  {
    key: 'greece', title: 'Ancient Greece and Rome', subject: 'social studies', grades: [6], week: 15, weeks: 5, teachers: ['donovan'],
    keywords: ['democracy', 'Athens', 'Sparta', 'city-states', 'Roman Republic', 'aqueducts', 'Olympics'],
    standards: ['D2.Civ.1.6-8', 'D2.His.2.6-8', 'D2.His.3.6-8'],
    description: 'Students compare Athenian democracy with the Roman Republic and trace their legacy in our government.',
    topic: 'ancient Greece and Rome',
  },
  {
    key: 'middleages', title: 'The Middle Ages', subject: 'social studies', grades: [7], week: 9, weeks: 5, teachers: ['donovan'],
    keywords: ['feudalism', 'knights', 'castles', 'Black Death', 'Magna Carta', 'manor', 'serfs'],
    standards: ['D2.His.2.6-8', 'D2.Eco.1.6-8'],
    description: 'Life on a medieval manor, the bonds of feudalism and how the Black Death changed Europe.',
    topic: 'the Middle Ages',
  },
  {
    key: 'ratios', title: 'Ratios and Proportional Relationships', subject: 'math', grades: [7], week: 6, weeks: 5, teachers: ['nakamura'],
    keywords: ['ratios', 'proportions', 'unit rate', 'constant of proportionality', 'scale drawings', 'percent'],
    standards: ['7.RP.A.1', '7.RP.A.2', '7.RP.A.3'],
    description: 'Students recognise proportional relationships in tables, graphs and equations and solve percent problems.',
    topic: 'ratios and proportions',
  },
  {
    key: 'stats6', title: 'Statistics and Data Displays', subject: 'math', grades: [6], week: 27, weeks: 4, teachers: ['nakamura'],
    keywords: ['statistics', 'dot plots', 'histograms', 'box plots', 'mean and median', 'survey questions', 'data sets'],
    standards: ['6.SP.A.1', '6.SP.B.4', '6.SP.B.5'],
    description: 'Students write a statistical question, collect real data and choose the display that tells its story.',
    topic: 'data displays',
  },
  {
    key: 'linear', title: 'Linear Equations and Functions', subject: 'math', grades: [8], week: 10, weeks: 6, teachers: ['tran'],
    keywords: ['slope', 'y-intercept', 'linear functions', 'rate of change', 'graphing lines', 'systems of equations'],
    standards: ['8.EE.B.5', '8.EE.C.8', '8.F.A.1', '8.F.B.4'],
    description: 'Slope as rate of change, graphing linear functions and solving systems of two equations.',
    topic: 'linear functions',
  },
  {
    key: 'cells', title: 'Cells and Body Systems', subject: 'science', grades: [6], week: 4, weeks: 5, teachers: ['kowalczyk'],
    keywords: ['cells', 'cell theory', 'organelles', 'microscopes', 'body systems', 'mitochondria', 'tissues and organs'],
    standards: ['MS-LS1-1', 'MS-LS1-2', 'MS-LS1-3'],
    description: 'From microscope slides to organ systems: how cells build the body and work together.',
    topic: 'cells',
  },
  {
    key: 'plates', title: 'Plate Tectonics and Earthquakes', subject: 'science', grades: [6], week: 20, weeks: 5, teachers: ['kowalczyk'],
    keywords: ['plate tectonics', 'earthquakes', 'volcanoes', 'continental drift', 'Pangaea', 'tsunamis', 'seismic waves'],
    standards: ['MS-ESS2-2', 'MS-ESS2-3', 'MS-ESS3-2'],
    description: 'Students use fossil and rock evidence for continental drift and design a structure that survives a quake.',
    topic: 'plate tectonics',
  },
  {
    key: 'ecosys7', title: 'Ecosystem Dynamics', subject: 'science', grades: [7], week: 12, weeks: 5, teachers: ['adeyemi'],
    keywords: ['food webs', 'producers', 'decomposers', 'energy pyramid', 'invasive species', 'biodiversity', 'predator and prey', 'ecosystems'],
    standards: ['MS-LS2-1', 'MS-LS2-2', 'MS-LS2-3', 'MS-LS2-4'],
    description: 'Seventh graders model food webs in a local pond ecosystem and research how an invasive species disrupts it.',
    topic: 'food webs',
  },
  {
    key: 'weather7', title: 'Weather and Climate', subject: 'science', grades: [7], week: 26, weeks: 5, teachers: ['adeyemi'],
    keywords: ['weather', 'climate', 'air masses', 'fronts', 'humidity', 'water cycle', 'ocean currents', 'severe weather'],
    standards: ['MS-ESS2-4', 'MS-ESS2-5', 'MS-ESS2-6'],
    description: 'How the water cycle, air masses and ocean currents drive the weather, and how climate differs from weather.',
    topic: 'weather and climate',
  },
  {
    key: 'forces', title: 'Forces and Motion', subject: 'science', grades: [8], week: 4, weeks: 5, teachers: ['adeyemi'],
    keywords: ["Newton's laws", 'forces', 'motion', 'friction', 'momentum', 'kinetic energy', 'roller coasters'],
    standards: ['MS-PS2-1', 'MS-PS2-2', 'MS-PS3-1'],
    description: "Students design a paper roller coaster to investigate Newton's laws and energy transfer.",
    topic: 'forces and motion',
  },
  {
    key: 'evolution', title: 'Natural Selection and Adaptation', subject: 'science', grades: [8], week: 31, weeks: 5, teachers: ['adeyemi'],
    keywords: ['natural selection', 'adaptation', 'evolution', 'Darwin', 'fossils', 'Galápagos finches', 'variation'],
    standards: ['MS-LS4-1', 'MS-LS4-4', 'MS-LS4-6'],
    description: 'Fossil evidence and simulations show how variation and natural selection change populations over time.',
    topic: 'natural selection',
  },
  {
    key: 'outsiders', title: 'The Outsiders: Identity and Belonging', subject: 'ELA', grades: [7], week: 12, weeks: 5, teachers: ['feldstein'],
    keywords: ['The Outsiders', 'S. E. Hinton', 'Greasers and Socs', 'Ponyboy', 'identity', 'belonging', 'stay gold'],
    standards: ['CCSS.ELA-LITERACY.RL.7.1', 'CCSS.ELA-LITERACY.RL.7.2', 'CCSS.ELA-LITERACY.RL.7.3'],
    description: 'Whole-class novel: who gets to belong, and how do labels shape identity? Ends with a personal narrative.',
    topic: 'The Outsiders',
  },
  {
    key: 'research8', title: 'Research Writing: Argument and Evidence', subject: 'ELA', grades: [8], week: 25, weeks: 4, teachers: ['feldstein'],
    keywords: ['research paper', 'argument writing', 'credible sources', 'citations', 'MLA format', 'claim and evidence', 'counterclaim'],
    standards: ['CCSS.ELA-LITERACY.W.8.1', 'CCSS.ELA-LITERACY.W.8.7', 'CCSS.ELA-LITERACY.W.8.8'],
    description: 'Students choose a debatable question, evaluate sources in the library databases and write a cited argument essay.',
    topic: 'source evaluation and citations',
  },
  {
    key: 'holocaust', title: 'Voices of the Holocaust', subject: 'ELA', grades: [8], week: 31, weeks: 4, teachers: ['feldstein', 'alvarez'],
    keywords: ['Holocaust', 'Anne Frank', 'World War II', 'diary', 'propaganda', 'upstanders', 'memoir'],
    standards: ['CCSS.ELA-LITERACY.RL.8.6', 'CCSS.ELA-LITERACY.RI.8.6', 'D2.His.4.6-8'],
    description: 'An ELA and social studies team unit reading memoirs and diaries, with a focus on upstanders.',
    topic: 'Holocaust memoirs',
  },
  {
    key: 'civilwar', title: 'Civil War and Reconstruction', subject: 'social studies', grades: [8], week: 21, weeks: 6, teachers: ['alvarez'],
    keywords: ['Civil War', 'Union and Confederacy', 'Abraham Lincoln', 'Gettysburg', 'Emancipation Proclamation', 'Reconstruction', '13th Amendment', "Freedmen's Bureau"],
    standards: ['D2.His.1.6-8', 'D2.His.14.6-8', 'D2.His.16.6-8'],
    description: 'Causes of the Civil War, the turning points of the fighting and the promise and failure of Reconstruction.',
    topic: 'the Civil War',
  },
  {
    key: 'civilrights', title: 'Civil Rights Movement', subject: 'social studies', grades: [8], week: 34, weeks: 5, teachers: ['alvarez'],
    keywords: ['civil rights', 'segregation', 'Montgomery bus boycott', 'Rosa Parks', 'Martin Luther King Jr.', 'Brown v. Board of Education', 'March on Washington', 'nonviolence'],
    standards: ['D2.His.3.6-8', 'D2.Civ.10.6-8', 'D2.His.10.6-8'],
    description: 'Students use primary sources to study the strategies of the Civil Rights Movement from the bus boycott to the Voting Rights Act.',
    topic: 'the Civil Rights Movement',
  },
  {
    key: 'muertos', title: 'Día de los Muertos', subject: 'Spanish', grades: [6, 7, 8], week: 10, weeks: 2, teachers: ['herrera'],
    keywords: ['Día de los Muertos', 'ofrenda', 'calaveras', 'cempasúchil', 'papel picado', 'tradiciones', 'México'],
    standards: [],
    description: 'Spanish classes learn the traditions of Día de los Muertos and build a class ofrenda in the library.',
    topic: 'Día de los Muertos',
  },
  {
    key: 'tiempo', title: 'El tiempo y las estaciones', subject: 'Spanish', grades: [6, 7], week: 27, weeks: 3, teachers: ['herrera'],
    keywords: ['el tiempo', 'las estaciones', 'hace calor', 'llueve', 'nieva', 'el pronóstico', 'la ropa'],
    standards: [],
    description: 'Students describe the weather and seasons in Spanish and present a weather forecast for a Spanish-speaking city.',
    topic: 'weather vocabulary in Spanish',
  },
  {
    key: 'harlem', title: 'Collage and the Harlem Renaissance', subject: 'art', grades: [7, 8], week: 25, weeks: 3, teachers: ['mcallister'],
    keywords: ['Harlem Renaissance', 'collage', 'Romare Bearden', 'Jacob Lawrence', 'jazz', 'storytelling in art'],
    standards: ['VA:Cr1.2.7a', 'VA:Re7.2.8a', 'VA:Cn11.1.8a'],
    description: 'Students study Harlem Renaissance artists and make a narrative collage about their own neighborhood.',
    topic: 'Harlem Renaissance collage',
  },
  {
    key: 'orchestra', title: 'Instruments of the Orchestra', subject: 'music', grades: [3, 4], week: 15, weeks: 3, teachers: ['ishikawa'],
    keywords: ['orchestra', 'strings', 'woodwinds', 'brass', 'percussion', 'conductor', 'Peter and the Wolf'],
    standards: ['MU:Re7.2.3a', 'MU:Re7.2.4a'],
    description: 'Students learn the instrument families by ear before the spring field trip to the youth symphony.',
    topic: 'instrument families',
  },
  {
    key: 'healthy', title: 'Healthy Habits: Nutrition and Fitness', subject: 'PE', grades: [4, 5], week: 29, weeks: 3, teachers: ['echeverria'],
    keywords: ['nutrition', 'food groups', 'MyPlate', 'heart rate', 'exercise', 'sleep', 'healthy choices'],
    standards: ['S3.E3.4', 'S3.E6.5', 'S3.E2.5'],
    description: 'PE and health unit connecting heart-rate data from class to food and sleep choices at home.',
    topic: 'nutrition and fitness',
  },
  {
    key: 'phonics', title: 'Phonics Power: Decodable Readers', subject: 'ELA', grades: [1, 2], week: 8, weeks: 6, teachers: ['abernathy', 'brennan'],
    keywords: ['phonics', 'decodable books', 'short vowels', 'consonant blends', 'digraphs', 'fluency', 'sight words'],
    standards: ['CCSS.ELA-LITERACY.RF.1.3', 'CCSS.ELA-LITERACY.RF.2.3', 'CCSS.ELA-LITERACY.RF.1.4'],
    description: 'Small-group phonics intervention with decodable readers matched to each week\'s sound pattern.',
    topic: 'decodable readers',
  },
];
