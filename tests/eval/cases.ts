/**
 * The matching evaluation set: LMS and calendar pages, written the way
 * teachers write them, each labelled with the unit of the sample school
 * (`buildSampleSchool(evalNow)`) a librarian would say it belongs to, or null
 * when the library has nothing for it. `expectResources` lists the titles she
 * would hand the teacher for that page (scored as recall@5).
 *
 * Labels were written from the page, not from any engine's output. Traps are
 * deliberate: the same topic at two grades, Civil War vs Civil Rights, sidebar
 * text from other courses, a standards-only page, Spanish pages, a very long
 * page with the topic buried, pages whose only signal is the teacher, and
 * decoys that share a word with a unit but are about something else.
 */
import type { PageContext, PageKind } from '../../src/core/types';

export interface EvalCase {
  id: string;
  note: string;
  page: PageContext;
  /** Unit title, or null for a decoy page that should match nothing. */
  expectUnit: string | null;
  /** Titles of resources relevant to this page, for recall@5. */
  expectResources?: string[];
}

/** Wednesday 5 November 2025, mid-morning: Ecosystem Dynamics starts in five days, Hatchet is running, Ancient Egypt is over. */
export const evalNow: Date = new Date(2025, 10, 5, 10, 0);

type Site = 'canvas' | 'classroom' | 'schoology' | 'moodle' | 'brightspace' | 'blackboard' | 'google-calendar' | 'outlook' | 'generic';

/** A plausible address for a page of each site; `n` keeps them distinct. */
function urlFor(site: Site, kind: PageKind, n: number): string {
  const id = 40000 + n * 137;
  switch (site) {
    case 'canvas':
      return kind === 'course-home'
        ? `https://springfieldhills.instructure.com/courses/${1200 + n}`
        : `https://springfieldhills.instructure.com/courses/${1200 + (n % 17)}/${kind === 'quiz' ? 'quizzes' : kind === 'discussion' ? 'discussion_topics' : kind === 'page' ? 'pages' : kind === 'announcement' ? 'announcements' : kind === 'module' ? 'modules' : 'assignments'}/${id}`;
    case 'classroom':
      return `https://classroom.google.com/c/NjM0MTIy${n}NTY3ODk/a/NzEy${id}MzQ1/details`;
    case 'schoology':
      return `https://app.schoology.com/${kind === 'assignment' ? 'assignment' : kind === 'discussion' ? 'discussion' : 'page'}/${7345500000 + id}`;
    case 'moodle':
      return `https://moodle.springfieldhills.example.org/mod/${kind === 'quiz' ? 'quiz' : kind === 'assignment' ? 'assign' : kind === 'discussion' ? 'forum' : 'page'}/view.php?id=${id}`;
    case 'brightspace':
      return `https://springfieldhills.brightspace.com/d2l/le/content/${23500 + n}/viewContent/${id}/View`;
    case 'blackboard':
      return `https://springfieldhills.blackboard.com/ultra/courses/_${4400 + n}_1/outline/edit/document/_${id}_1`;
    case 'google-calendar':
      return `https://calendar.google.com/calendar/u/0/r/eventedit/M2Y0${id}ZmE${n}`;
    case 'outlook':
      return `https://outlook.office.com/calendar/item/AAMkADk${id}AAA${n}%3D`;
    case 'generic':
      return `https://www.springfieldhills.example.org/news/${id}`;
  }
}

let counter = 0;
interface PageInput {
  site: Site;
  kind: PageKind;
  title: string;
  courseName?: string;
  courseCode?: string;
  text: string;
  dates?: string[];
  people?: string[];
  url?: string;
}
function page(p: PageInput): PageContext {
  counter++;
  const out: PageContext = {
    site: p.site,
    kind: p.kind,
    url: p.url ?? urlFor(p.site, p.kind, counter),
    title: p.title,
    text: p.text,
    dates: p.dates ?? [],
    people: p.people ?? [],
  };
  if (p.courseName !== undefined) out.courseName = p.courseName;
  if (p.courseCode !== undefined) out.courseCode = p.courseCode;
  return out;
}

/**
 * Several thousand words of a weekly newsletter from the 7th grade science
 * teacher: procedures, reminders, club news. The topic is one paragraph in
 * the middle. Built from fixed sentences, so it is the same every time.
 */
function longNewsletter(): string {
  const filler = [
    'Please make sure your child charges their Chromebook every night; we lose a lot of class time when devices are dead.',
    'Lab notebooks stay in the classroom bins unless a student is absent, and they are checked every Friday for completeness.',
    'Students who miss a lab can make it up during Tuesday or Thursday flex period in room 214.',
    'Late work is accepted up to one week after the due date for partial credit, as described in the grading handout from August.',
    'Our class runs on a two-day rotation with the other seventh grade team, so check the posted agenda for which day it is.',
    'If you have questions about a grade, please email me rather than messaging through the gradebook comments.',
    'The parent portal updates overnight, so scores entered in the afternoon will not show until the next morning.',
    'Goggles must be worn any time we use glassware, heat, or chemicals, even when we are only cleaning up.',
    'Thank you to the families who donated paper towels, tissues and zip bags; our supply closet is finally full.',
    'The Robotics Club meets Mondays after school until 4:15 and new members are always welcome.',
    'Remember that the late bus leaves from the gym doors, not the front circle.',
    'Students should bring a pencil, a charged device, their notebook and a reading book every single day.',
    'Quarter grades close on the Friday before Thanksgiving, so any missing work should be turned in before then.',
    'We will not have homework over the long weekend; rest and spend time with family.',
    'Seating charts change every three weeks so that everyone gets to work with new partners.',
    'If your child needs extra help, I am available at 7:40 every morning except Wednesday staff meeting days.',
    'Please label water bottles and jackets; the lost and found table by the office is overflowing again.',
    'Our classroom norms are posted by the door: be on time, be kind, be curious, and clean your station.',
    'Progress reports were mailed home last week; sign and return the bottom slip for a homework pass.',
    'Next month the team is collecting canned food for the community pantry; the homeroom with the most cans wins a popcorn party.',
  ];
  const topic =
    'Big picture for the next few weeks: on Monday we start our new unit out at Miller\'s Pond. Students will figure out who eats whom in the pond, ' +
    'from algae and duckweed up to the great blue heron, and draw the whole tangled web of feeding relationships. Later they will pick one ' +
    'species that does not belong there, like the zebra mussel or purple loosestrife, and research what happens to everything else when it moves in. ' +
    'We will spend two days with the librarian learning to search the science databases for this project.';
  const paragraphs: string[] = [];
  for (let i = 0; i < 180; i++) {
    const a = filler[i % filler.length]!;
    const b = filler[(i * 7 + 3) % filler.length]!;
    paragraphs.push(`${a} ${b}`);
    if (i === 97) paragraphs.push(topic);
  }
  return paragraphs.join('\n\n');
}

export const cases: EvalCase[] = [
  // ---------------------------------------------------------------- Ecosystem Dynamics (grade 7) and its grade-5 neighbour
  {
    id: 'eco7-canvas-food-web-project',
    note: 'Typical assignment: the topic in plain words, no unit title, grade in the course name.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Tangled Webs: How Ecosystems Work', 'Food Web Builder', 'Gale-style Science In Context (Student Edition)'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Food Web Research Project', courseName: 'Science 7 - Period 3', courseCode: 'SCI7-P3',
      text: 'You will build a food web for one real ecosystem near us. Include at least 4 producers, 6 consumers and 2 decomposers, with arrows showing the direction energy moves. ' +
        'Then answer: what would happen to the web if one species disappeared? Use at least three sources, one of them from the library databases. Due Friday 11/21.',
      dates: ['2025-11-10', '2025-11-21'], people: ['Samuel Adeyemi'],
    }),
  },
  {
    id: 'eco7-standards-only',
    note: 'Standards-code-only page: nothing but NGSS codes and housekeeping.',
    expectUnit: 'Ecosystem Dynamics',
    page: page({
      site: 'schoology', kind: 'page', title: 'Unit 3 - Standards', courseName: 'Science 7',
      text: 'Standards for this unit: MS-LS2-3, MS-LS2-4. Assessment: unit test plus project. See the calendar for dates.',
    }),
  },
  {
    id: 'eco7-invasive-species',
    note: 'Sub-topic of the unit (invasive species), no ecosystem vocabulary in the title.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Invaders! Species Out of Place', 'Gale-style Science In Context (Student Edition)'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Case study: zebra mussels in Lake Hollis', courseName: 'Gr. 7 Science (Adeyemi)',
      text: 'Zebra mussels arrived in Lake Hollis around 2015. Read the two articles, then explain how they changed the lake: what do they eat, who lost food, and which native species declined? ' +
        'Finish with one idea the county could try to stop them spreading to other lakes.',
      dates: ['2025-11-17'], people: ['Samuel Adeyemi'],
    }),
  },
  {
    id: 'eco7-energy-pyramid-quiz',
    note: 'Quiz page, a handful of words.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Tangled Webs: How Ecosystems Work'],
    page: page({
      site: 'canvas', kind: 'quiz', title: 'Quiz: energy pyramids', courseName: 'Science 7 - Period 5',
      text: 'Only about 10% of the energy at one level is passed to the next. 10 questions, 20 minutes, one attempt. Calculators allowed.',
      dates: ['2025-11-19'],
    }),
  },
  {
    id: 'eco7-wolves-discussion',
    note: 'Discussion about a trophic cascade; no word from the unit title.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Wolves of the Northern Range', 'Biodiversity Hotspots'],
    page: page({
      site: 'canvas', kind: 'discussion', title: 'Discussion: Should wolves come back?', courseName: 'Science 7 - Period 3',
      text: 'After watching the clip about wolves returning to the northern range, explain how one predator changed the elk, the willows and even the rivers. ' +
        'Reply to two classmates. Do you think wolves should be brought back to our state?',
      dates: ['2025-12-03'],
    }),
  },
  {
    id: 'eco7-calendar-library-block',
    note: 'Calendar event: abbreviations and the teacher as attendee.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Gale-style Science In Context (Student Edition)', 'Food Web Builder'],
    page: page({
      site: 'google-calendar', kind: 'calendar-event', title: 'Library: food web research w/ Adeyemi P3',
      text: 'Library classroom. Database search + note-taking for the food web project. Bring Chromebooks.',
      dates: ['2025-11-12'], people: ['sadeyemi@springfieldhills.example.org', 'Samuel Adeyemi'],
    }),
  },
  {
    id: 'eco7-course-code-only',
    note: 'Weekly agenda whose only topical words are two activities; the course code carries the grade.',
    expectUnit: 'Ecosystem Dynamics',
    page: page({
      site: 'canvas', kind: 'page', title: 'Week 13 agenda', courseCode: 'SCI-7-P3',
      text: 'Mon: finish the pond critter sketches. Tue: predator and prey graph warm-up. Wed: library day. Thu: lab. Fri: quiz corrections.',
      dates: ['2025-11-17', '2025-11-21'],
    }),
  },
  {
    id: 'eco7-long-newsletter',
    note: 'Very long page (several thousand words of class news) with the topic buried in one paragraph and never named.',
    expectUnit: 'Ecosystem Dynamics',
    expectResources: ['Tangled Webs: How Ecosystems Work', 'Invaders! Species Out of Place'],
    page: page({
      site: 'generic', kind: 'page', title: 'Room 214 Weekly Newsletter - November', courseName: 'Mr. Adeyemi\'s 7th Grade Science',
      text: longNewsletter(), dates: ['2025-11-10', '2025-11-21'], people: ['Samuel Adeyemi'],
    }),
  },
  {
    id: 'eco5-food-chain-posters',
    note: 'Grade collision: food chains and decomposers at grade 5, not the grade-7 unit.',
    expectUnit: 'Matter and Energy in Ecosystems',
    expectResources: ['Who Eats Whom? Food Chains', "Decomposers: Nature's Recyclers"],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Food chain poster', courseName: 'Gr 5 Science - Dunleavy',
      text: 'Draw a food chain that starts with the sun. Label the producer, at least two consumers, and the decomposer that breaks everything down at the end. Color it in and be ready to present.',
      dates: ['2026-02-02'], people: ['Marcus Dunleavy'],
    }),
  },
  {
    id: 'eco5-terrarium-log',
    note: 'Grade 5 terrarium observation, names neither unit.',
    expectUnit: 'Matter and Energy in Ecosystems',
    expectResources: ['Build a Terrarium Ecosystem'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Bottle terrarium observation log', courseName: '5th Grade Science',
      text: 'Every Monday and Thursday, record what you see in your sealed bottle: condensation on the sides, plant growth, mold, bugs. Why can the plants stay alive with no new water or air?',
      dates: ['2026-02-09'],
    }),
  },

  // ---------------------------------------------------------------- Water cycle (grade 4) vs Weather and Climate (grade 7) vs Spanish weather
  {
    id: 'water4-where-rain-comes-from',
    note: 'Grade-4 water cycle in kid language; the grade-7 weather unit also lists "water cycle".',
    expectUnit: 'The Water Cycle',
    expectResources: ['The Journey of a Raindrop', 'The Water Cycle in Two Minutes', 'Water Cycle in a Bag Lab'],
    page: page({
      site: 'canvas', kind: 'page', title: 'Where does rain come from?', courseName: 'Gr 4 Science - Castellano',
      text: 'The sun warms the puddle and the water turns into vapor and rises. High up it cools and turns into tiny droplets that make clouds. When the droplets get heavy they fall as rain or snow. ' +
        'Watch the video and fill in the diagram with evaporation, condensation and precipitation.',
      dates: ['2025-12-08'], people: ['Hannah Castellano'],
    }),
  },
  {
    id: 'water4-spanish-ciclo-del-agua',
    note: 'Spanish page in the dual-language grade 4 class.',
    expectUnit: 'The Water Cycle',
    expectResources: ['El viaje de una gota de agua', 'The Journey of a Raindrop'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'El ciclo del agua', courseName: '4° grado - Ciencias (bilingüe)',
      text: 'Dibuja el ciclo del agua y explica cada paso con tus propias palabras: la evaporación, la condensación y la precipitación. ¿A dónde va el agua de la lluvia cuando llega al suelo?',
      dates: ['2025-12-10'], people: ['Sra. Castellano'],
    }),
  },
  {
    id: 'water4-stream-table-erosion',
    note: 'Erosion lab: the grade-4 unit covers how moving water shapes the land (4-ESS2-1).',
    expectUnit: 'The Water Cycle',
    expectResources: ['Water Shapes the Land'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Stream table lab', courseName: 'Grade 4 Science',
      text: 'Pour the cup of water slowly at the top of the sand tray. Sketch where the sand moved. Try again with a steeper slope. Standard 4-ESS2-1: how does moving water change the land?',
      dates: ['2025-12-15'],
    }),
  },
  {
    id: 'weather7-air-masses-lab',
    note: 'Grade-7 weather page that also mentions the water cycle: must not go to the grade-4 unit.',
    expectUnit: 'Weather and Climate',
    expectResources: ['Air Masses, Fronts and Forecasts', 'Weather Map Classroom', 'School Weather Station Kit'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Lab: when air masses collide', courseName: 'Science 7 - Period 2',
      text: 'Use the hot and cold water tanks to model a cold front moving under warm air. Connect what you see to the water cycle: where does the moisture come from, and why does it rain along the front?',
      dates: ['2026-02-18'], people: ['Samuel Adeyemi'],
    }),
  },
  {
    id: 'weather7-water-cycle-review',
    note: 'Trap: a "water cycle review" in the grade-7 course belongs to grade 7 Weather and Climate.',
    expectUnit: 'Weather and Climate',
    expectResources: ['Clouds and Rain: A Weather Reader', 'Air Masses, Fronts and Forecasts'],
    page: page({
      site: 'moodle', kind: 'quiz', title: 'Water cycle review (warm-up)', courseName: 'Science 7',
      text: 'Quick review before we study humidity and cloud formation: how does the sun drive the water cycle, and what role does the ocean play?',
      dates: ['2026-02-23'],
    }),
  },
  {
    id: 'weather7-hurricane-tracking',
    note: 'Severe weather sub-topic.',
    expectUnit: 'Weather and Climate',
    expectResources: ['Extreme Weather: Hurricanes, Tornadoes and Blizzards', 'Storm Chasers (ebook)'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Track a hurricane', courseName: 'Grade 7 Science',
      text: 'Plot the storm\'s position every 6 hours on the Atlantic map. When did it strengthen, and what was the sea surface temperature there? Why did it weaken over land?',
      dates: ['2026-03-02'],
    }),
  },
  {
    id: 'tiempo-spanish-forecast',
    note: 'Weather in Spanish class: the Spanish unit, not the science ones.',
    expectUnit: 'El tiempo y las estaciones',
    expectResources: ['¿Qué tiempo hace hoy?', 'El pronóstico del tiempo: mapas en español'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Presentación: el pronóstico', courseName: 'Spanish 7',
      text: 'Elige una ciudad hispanohablante y presenta el pronóstico para el fin de semana. Usa: hace calor, hace frío, llueve, está nublado. ¿Qué ropa necesitas llevar?',
      dates: ['2026-02-27'], people: ['Lucía Herrera'],
    }),
  },
  {
    id: 'tiempo-seasons-vocab',
    note: 'Spanish seasons vocabulary, bilingual instructions.',
    expectUnit: 'El tiempo y las estaciones',
    expectResources: ['Las cuatro estaciones'],
    page: page({
      site: 'canvas', kind: 'quiz', title: 'Vocab quiz: estaciones y meses', courseName: 'Spanish 6 - Herrera',
      text: 'Match each month to its season: la primavera, el verano, el otoño, el invierno. Then write two sentences about your favorite season.',
      dates: ['2026-03-04'],
    }),
  },

  // ---------------------------------------------------------------- Civil War vs Civil Rights
  {
    id: 'civilwar-gettysburg-address',
    note: 'Civil War, named only through Gettysburg and Lincoln.',
    expectUnit: 'Civil War and Reconstruction',
    expectResources: ['Three Days at Gettysburg', "Lincoln's Hardest Choices"],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Close read: the Gettysburg Address', courseName: 'US History 8',
      text: 'Read the 272 words Lincoln delivered in November 1863. What does he mean by "a new birth of freedom"? Why give this speech at a cemetery four months after the battle?',
      dates: ['2026-01-28'], people: ['Victor Alvarez'],
    }),
  },
  {
    id: 'civilwar-reconstruction-amendments',
    note: 'Trap: "civil rights" appears, but the page is about the Reconstruction amendments.',
    expectUnit: 'Civil War and Reconstruction',
    expectResources: ['Forty Acres: The Promise of Reconstruction', 'U.S. History in Context (Student)'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'The 13th, 14th and 15th Amendments', courseName: 'Social Studies 8',
      text: 'After 1865 Congress passed three amendments. For each one, explain what it changed and which civil rights it promised to formerly enslaved people. Then use the Freedmen\'s Bureau reading to judge how well those promises were kept by 1877.',
      dates: ['2026-02-11'],
    }),
  },
  {
    id: 'civilwar-soldier-letters',
    note: 'Primary-source writing task; "Union" and "Confederate" only.',
    expectUnit: 'Civil War and Reconstruction',
    expectResources: ['Civil War Letters Collection', 'Historical Society Traveling Trunk: Civil War Soldier'],
    page: page({
      site: 'brightspace', kind: 'assignment', title: 'Letters home', courseName: 'U.S. History Gr 8',
      text: 'Read three letters written by Union and Confederate soldiers from the archive. Then write your own letter home as a soldier in 1862: describe camp, food, fear and what you are fighting for.',
      dates: ['2026-01-20'],
    }),
  },
  {
    id: 'civilwar-standards-only',
    note: 'Only C3 codes and a unit number.',
    expectUnit: 'Civil War and Reconstruction',
    page: page({
      site: 'brightspace', kind: 'page', title: 'Unit 5 learning targets', courseName: 'US History 8',
      text: 'D2.His.14.6-8, D2.His.16.6-8. I can explain multiple causes of an event. I can organize evidence into an argument.',
    }),
  },
  {
    id: 'civilrights-bus-boycott',
    note: 'Civil Rights Movement without the words "civil" or "rights" anywhere.',
    expectUnit: 'Civil Rights Movement',
    expectResources: ['Walking for Freedom: The Montgomery Bus Boycott', 'Civil Rights Primary Source Set'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'DBQ: Why did the boycott work?', courseName: 'US History 8',
      text: 'Using documents A-F, explain why the people of Montgomery were able to stay off the buses for 381 days and what the boycott achieved. Cite at least four documents.',
      dates: ['2026-04-15'], people: ['Victor Alvarez'],
    }),
  },
  {
    id: 'civilrights-little-rock',
    note: 'School integration sub-topic.',
    expectUnit: 'Civil Rights Movement',
    expectResources: ['Separate Is Never Equal: Brown v. Board', 'U.S. History in Context (Student)'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'After Brown: Little Rock, 1957', courseName: 'Social Studies 8 - Alvarez',
      text: 'The Supreme Court ruled in 1954 that separate schools were unequal. Three years later nine students tried to walk into Central High. Research one of the nine and write their story.',
      dates: ['2026-04-22'],
    }),
  },
  {
    id: 'civilrights-dream-speech',
    note: 'Speech analysis (rhetoric) in US History 8: still the civil rights unit a librarian would think of.',
    expectUnit: 'Civil Rights Movement',
    expectResources: ['The March: August 28, 1963', 'Civil Rights Primary Source Set'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Rhetoric in "I Have a Dream"', courseName: 'US History 8',
      text: 'Listen to the speech from the March on Washington. Find two examples of repetition, one allusion and one metaphor, and explain how each one moves the audience.',
      dates: ['2026-04-29'],
    }),
  },
  {
    id: 'civilrights-sidebar-civil-war',
    note: 'Sidebar noise: the page text carries an "upcoming" list mentioning the Civil War test from the same course.',
    expectUnit: 'Civil Rights Movement',
    expectResources: ['Eyes on the Vote: Selma to Montgomery'],
    page: page({
      site: 'schoology', kind: 'page', title: 'Selma to Montgomery: the right to vote', courseName: 'Social Studies 8',
      text: 'Why did marchers walk 54 miles in 1965? Watch the documentary segment and take notes on the Voting Rights Act. ' +
        'Upcoming: Civil War unit test retakes (Gettysburg, Emancipation Proclamation) due Friday. Math 8: slope quiz. Recently graded: Reconstruction essay.',
      dates: ['2026-05-06'],
    }),
  },

  // ---------------------------------------------------------------- Hatchet and its neighbours
  {
    id: 'hatchet-read-chapter-4',
    note: 'The classic: "read chapter 4 of Hatchet".',
    expectUnit: 'Hatchet: Survival Stories',
    expectResources: ['Hatchet'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Read ch. 4 + journal', courseName: 'ELA 6 - Pemberton',
      text: 'Read chapter 4 of Hatchet tonight. In your journal: what is Brian\'s biggest problem right now, and what is "the Secret" doing to him?',
      dates: ['2025-11-06'], people: ['Rosalyn Pemberton'],
    }),
  },
  {
    id: 'hatchet-survival-pack',
    note: 'Never names the book: Brian, the plane and the wilderness.',
    expectUnit: 'Hatchet: Survival Stories',
    expectResources: ['The Wilderness Survival Handbook for Young Explorers', 'Hatchet', 'Lost in the Backcountry: True Survival Stories'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'What would you pack?', courseName: 'English 6',
      text: 'Brian only had his hatchet and the clothes he wore when the plane went down. You can pack five things in a small bag before a flight over the Canadian woods. Choose and justify each one.',
      dates: ['2025-11-10'],
    }),
  },
  {
    id: 'hatchet-quiz-sidebar-noise',
    note: 'Sidebar noise from other courses (food webs, Egypt) in the extracted text.',
    expectUnit: 'Hatchet: Survival Stories',
    expectResources: ['Hatchet', 'Survival Stories for Middle Grade'],
    page: page({
      site: 'canvas', kind: 'quiz', title: 'Chapters 9-12 check', courseName: 'ELA 6 - Period 1',
      text: 'Ten questions on chapters 9 to 12: the foolbirds, the fish spear, the tornado. Open book. ' +
        'To do: Science 7 food web project (not submitted). Social Studies 6: Ancient Egypt test corrections. Coming up: Picture retakes.',
      dates: ['2025-11-07'],
    }),
  },
  {
    id: 'hatchet-book-choice',
    note: 'Independent-reading side of the unit.',
    expectUnit: 'Hatchet: Survival Stories',
    expectResources: ['Survival Stories for Middle Grade', "Brian's Winter", 'Lost in the Backcountry: True Survival Stories'],
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Book choice for the next 3 weeks', courseName: 'ELA 6 - Pemberton',
      text: 'Pick a second survival book from the library cart by Friday: mountains, shipwrecks, blizzards or the sequel where Brian has to face the winter.',
      dates: ['2025-11-07'],
    }),
  },

  // ---------------------------------------------------------------- Greek myths vs ancient Greece vs fantasy
  {
    id: 'myths-percy-jackson',
    note: 'Greek myths in ELA 6, via a modern retelling.',
    expectUnit: "Greek Mythology and the Hero's Journey",
    expectResources: ['The Lightning Thief', 'Gods, Heroes and Monsters: Greek Myths Retold'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Book talk: Percy Jackson', courseName: 'ELA 6 - Period 4',
      text: 'Which god or monster from the first Percy Jackson book comes from an older myth? Find the original story in the library and compare how the two versions tell it.',
      dates: ['2025-12-17'], people: ['Rosalyn Pemberton'],
    }),
  },
  {
    id: 'myths-odysseus-journey',
    note: 'Hero\'s journey appears in the grade-5 fantasy unit too; Odysseus and ELA 6 decide it.',
    expectUnit: "Greek Mythology and the Hero's Journey",
    expectResources: ['The Long Way Home: Odysseus for Young Readers', "Mapping the Hero's Journey"],
    page: page({
      site: 'classroom', kind: 'assignment', title: "Odysseus's journey map", courseName: 'English 6',
      text: 'Map the stages of the hero\'s journey onto Odysseus\'s trip home from Troy: the call, the threshold, the trials, the return.',
      dates: ['2026-01-07'],
    }),
  },
  {
    id: 'greece-athens-sparta',
    note: 'Ancient Greece in social studies, not the myths unit.',
    expectUnit: 'Ancient Greece and Rome',
    expectResources: ['Athens vs. Sparta', 'World History Online: Ancient Civilizations'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Would you rather live in Athens or Sparta?', courseName: 'Social Studies 6',
      text: 'Compare education, the role of women, government and the army in the two city-states. Write a persuasive paragraph choosing one.',
      dates: ['2025-12-03'], people: ['Claire Donovan'],
    }),
  },
  {
    id: 'greece-roman-engineering',
    note: 'Rome half of the unit.',
    expectUnit: 'Ancient Greece and Rome',
    expectResources: ['Roads, Arches and Aqueducts', 'A Day in Ancient Rome'],
    page: page({
      site: 'canvas', kind: 'page', title: 'Build an arch', courseName: 'SS6 - Donovan',
      text: 'Romans carried water for miles with gravity alone. Using sugar cubes, build an arch that holds a textbook, then explain why the keystone matters.',
      dates: ['2025-12-15'],
    }),
  },
  {
    id: 'fantasy-book-club-roles',
    note: 'Grade-5 book clubs; the word fantasy is there but no unit title.',
    expectUnit: 'Fantasy Book Clubs',
    expectResources: ['Fantasy Book Club Sets (Grade 5)', "Mapping the Hero's Journey"],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Book club week 3: roles', courseName: '5th Grade ELA - Dunleavy',
      text: 'This week\'s roles: discussion director, word wizard, mapmaker and connector. Mapmakers, sketch the magic world of your fantasy novel so far.',
      dates: ['2025-11-03'], people: ['Marcus Dunleavy'],
    }),
  },

  // ---------------------------------------------------------------- Social studies 2-7
  {
    id: 'egypt-mummification',
    note: 'Egypt unit, finished before evalNow: pages of past units still match.',
    expectUnit: 'Ancient Egypt',
    expectResources: ['Mummies, Tombs and the Afterlife'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Mummify a chicken (lab)', courseName: 'Social Studies 6 - Donovan',
      text: 'Using salt and baking soda, we will preserve a chicken the way embalmers did 3,000 years ago. Keep a daily log and explain why they believed the body mattered after death.',
      dates: ['2025-10-06'],
    }),
  },
  {
    id: 'egypt-hieroglyph-names',
    note: 'Egypt via writing.',
    expectUnit: 'Ancient Egypt',
    expectResources: ['Cracking the Code: Hieroglyphs and the Rosetta Stone', 'Hieroglyphs Decoded'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Your name in a cartouche', courseName: 'Social Studies 6',
      text: 'Write your name in hieroglyphs inside a cartouche. On the back, explain how scholars finally learned to read them in 1822.',
      dates: ['2025-10-01'],
    }),
  },
  {
    id: 'middleages-manor-sim',
    note: 'Feudalism simulation in grade 7.',
    expectUnit: 'The Middle Ages',
    expectResources: ['Lords, Vassals and Serfs', 'Castle: Life Behind the Walls'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Feudal pyramid simulation', courseName: 'Social Studies 7 - Donovan',
      text: 'You will draw a card: king, noble, knight or peasant. Pay your taxes in candy and decide whether to stay loyal to your lord. Reflection due Thursday.',
      dates: ['2025-11-06'], people: ['Claire Donovan'],
    }),
  },
  {
    id: 'middleages-black-death',
    note: 'Plague in 1347: history, not health.',
    expectUnit: 'The Middle Ages',
    expectResources: ['The Black Death: A Pandemic in the Middle Ages'],
    page: page({
      site: 'moodle', kind: 'assignment', title: 'How did the plague change Europe?', courseName: 'World History 7',
      text: 'Read the chronicle excerpts from Florence and Siena. How did the death of a third of the population change the lives of peasants who survived?',
      dates: ['2025-11-13'],
    }),
  },
  {
    id: 'maps2-compass-hunt',
    note: 'Grade 2 maps.',
    expectUnit: 'Maps and Globes',
    expectResources: ['The Compass Rose Adventure', 'Me on the Map, Again'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Playground treasure hunt', courseName: '2nd Grade - Raman',
      text: 'Use your compass rose card. Start at the slide, go 10 steps north, then 5 steps east. Draw a map key for the treasure map you make with your partner.',
      dates: ['2025-09-24'],
    }),
  },
  {
    id: 'regions4-brochure',
    note: 'Grade 4 regions travel brochure.',
    expectUnit: 'Regions of the United States',
    expectResources: ['Travel Brochure Research Lesson', 'Five Regions, One Nation', 'States & Regions Explorer'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Travel brochure', courseName: 'Grade 4 Social Studies',
      text: 'Your group has been assigned one part of the country. Your brochure needs its landforms, its climate, two things people there make or grow, and one place a visitor must see.',
      dates: ['2025-11-07', '2025-11-21'], people: ['Hannah Castellano'],
    }),
  },
  {
    id: 'amrev-tea-party',
    note: 'Grade 5 revolution, perspective writing.',
    expectUnit: 'The American Revolution',
    expectResources: ['The Night of the Tea Party', 'Patriots, Loyalists and Everyone in Between'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Patriot or Loyalist? Boston, 1773', courseName: 'Gr 5 Social Studies',
      text: 'It is the morning after the tea was thrown into the harbor. Write a letter to a cousin in England explaining whether you think it was right. Remember the tax on tea and who decided it.',
      dates: ['2025-11-17'], people: ['Marcus Dunleavy'],
    }),
  },
  {
    id: 'commhelp-firefighter-visit',
    note: 'Kindergarten community helpers.',
    expectUnit: 'Community Helpers',
    expectResources: ['A Day with the Firefighters', 'Community Helpers Dress-Up Kit'],
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Firefighter visit Friday!', courseName: 'Kindergarten - Ms. Okafor',
      text: 'Engine 4 is visiting our class on Friday. We have been learning about people who help our neighborhood. Students may dress up as the helper they want to be when they grow up.',
      dates: ['2025-10-10'], people: ['Maya Okafor'],
    }),
  },

  // ---------------------------------------------------------------- Math
  {
    id: 'ratios-constant-of-proportionality',
    note: 'Standards code plus math words.',
    expectUnit: 'Ratios and Proportional Relationships',
    expectResources: ['Proportion in the Real World'],
    page: page({
      site: 'canvas', kind: 'assignment', title: '7.RP.A.2 practice set', courseName: 'Math 7 - Nakamura',
      text: 'Decide whether each table shows a proportional relationship. If it does, find k and write y = kx. 12 problems.',
      dates: ['2025-10-08'],
    }),
  },
  {
    id: 'ratios-scale-drawing',
    note: 'Scale drawings.',
    expectUnit: 'Ratios and Proportional Relationships',
    expectResources: ['Scale Drawing Studio', 'Map Scales and Unit Rates'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Draw your bedroom to scale', courseName: 'Math 7',
      text: 'Measure your bedroom and furniture. Use a scale of 1 inch = 2 feet and draw the floor plan on graph paper. Show your calculations.',
      dates: ['2025-10-20'],
    }),
  },
  {
    id: 'linear-slope-intercept',
    note: 'Grade 8 linear functions.',
    expectUnit: 'Linear Equations and Functions',
    expectResources: ['Graphing Lines Explorer', 'Slope as Rate of Change'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Slope-intercept practice', courseName: 'Math 8 - Tran',
      text: 'For each line, find the slope and the y-intercept, then write the equation in y = mx + b form. Last 4: a phone plan costs $15 plus $5 per GB. Graph it.',
      dates: ['2025-11-12'], people: ['Oliver Tran'],
    }),
  },
  {
    id: 'stats6-survey-project',
    note: 'Statistics in grade 6.',
    expectUnit: 'Statistics and Data Displays',
    expectResources: ['Survey Questions That Work', 'Student Data Set Library', "Graphs That Tell the Truth (and Ones That Don't)"],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Our class survey', courseName: 'Math 6',
      text: 'Write a statistical question, survey at least 25 students, then show your data in a dot plot and a box plot. What is the median? Is there an outlier?',
      dates: ['2026-03-02'],
    }),
  },
  {
    id: 'fractions3-number-line',
    note: 'Grade 3 fractions exit ticket.',
    expectUnit: 'Fractions on a Number Line',
    expectResources: ['Fraction Number Line Interactive', 'Fraction Tiles Class Set'],
    page: page({
      site: 'classroom', kind: 'quiz', title: 'Exit ticket: 3/4 on the line', courseName: 'Grade 3 Math - Whitfield',
      text: 'Place 1/4, 3/4 and 4/4 on the number line from 0 to 1. Which fraction is the same as 1?',
      dates: ['2026-01-22'],
    }),
  },

  // ---------------------------------------------------------------- Science K-8
  {
    id: 'cells-onion-lab',
    note: 'Cells lab, grade 6.',
    expectUnit: 'Cells and Body Systems',
    expectResources: ['Digital Microscope Kit', 'The Incredible Cell', 'Inside a Cell: 3D Tour'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Onion skin vs cheek lab', courseName: 'Science 6 - Kowalczyk',
      text: 'Prepare a wet mount of onion skin and a cheek swab. Draw what you see at 100x and 400x. Label the nucleus, the membrane and (if you find it) the cell wall.',
      dates: ['2025-09-24'],
    }),
  },
  {
    id: 'plates-quake-tower',
    note: 'Engineering task in the plate tectonics unit.',
    expectUnit: 'Plate Tectonics and Earthquakes',
    expectResources: ['When the Earth Shakes', 'Live Earthquake Map for Classrooms'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Shake table challenge', courseName: 'Science 6',
      text: 'Build a tower from straws and tape that survives 20 seconds on the shake table. Before you build, research how buildings in Tokyo and Santiago are designed for quakes.',
      dates: ['2026-01-26'],
    }),
  },
  {
    id: 'plates-volcano-poster',
    note: 'Blackboard page; volcanoes are a sub-topic of the plate tectonics unit.',
    expectUnit: 'Plate Tectonics and Earthquakes',
    expectResources: ['Shake, Rattle, Erupt (ebook)', 'Drifting Continents: From Pangaea to Today'],
    page: page({
      site: 'blackboard', kind: 'assignment', title: 'Ring of Fire poster', courseName: 'Science 6 (Kowalczyk)',
      text: 'Why are so many volcanoes around the edge of the Pacific? Mark ten active volcanoes on the map, draw where the plates meet, and label whether each boundary is converging or pulling apart.',
      dates: ['2026-01-14'],
    }),
  },
  {
    id: 'forces-egg-drop',
    note: 'Forces and motion; the egg drop is a classic.',
    expectUnit: 'Forces and Motion',
    expectResources: ["Push, Pull, Crash: Newton's Laws in Action"],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Egg drop design', courseName: 'Physical Science 8',
      text: 'Design a container that keeps an egg safe from a 3 meter drop. Explain your design with Newton\'s second and third laws and the idea of impulse.',
      dates: ['2025-10-06'],
    }),
  },
  {
    id: 'evolution-peppered-moth',
    note: 'Natural selection via a simulation.',
    expectUnit: 'Natural Selection and Adaptation',
    expectResources: ['Bird Beak Natural Selection Simulation', "The Finches' Beaks", 'Built to Survive: Animal Adaptations'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Peppered moth simulation', courseName: 'Science 8',
      text: 'Before and after the factories, which moth color survived better? Run the simulation three times, graph the population, and explain what selected the moths.',
      dates: ['2026-03-25'],
    }),
  },
  {
    id: 'livingK-bean-dark',
    note: 'Kindergarten plant needs.',
    expectUnit: 'What Living Things Need',
    expectResources: ['What Do Plants Need?', 'Seed to Sprout Time-Lapse'],
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Our bean experiment', courseName: 'Kindergarten - Okafor',
      text: 'We planted two beans. One is in the closet with no light and one is on the window. Ask your child which one they think will grow and why!',
      dates: ['2026-02-04'],
    }),
  },
  {
    id: 'lightsound-shadow-show',
    note: 'Grade 1 light.',
    expectUnit: 'Light and Sound',
    expectResources: ['Shadow Puppet Storytelling Lesson', 'Shadows Everywhere'],
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Shadow puppet show', courseName: '1st Grade - Mr. Brennan',
      text: 'Families are invited to our shadow puppet show next Thursday at 2:00. The children made the puppets and learned why a shadow appears when something blocks the flashlight.',
      dates: ['2025-11-06'], people: ['Daniel Brennan'],
    }),
  },
  {
    id: 'pollinators-bee-relay',
    note: 'Grade 2 pollinators.',
    expectUnit: 'Plants and Pollinators',
    expectResources: ['The Busy Life of Bees', 'Flower Power: Who Visits a Flower?'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Be a bee!', courseName: 'Grade 2 Science',
      text: 'We will use pipe cleaners to carry "pollen" (cheese puff dust) from flower to flower. Draw what happened and tell why flowers need bees and butterflies.',
      dates: ['2026-03-04'],
    }),
  },
  {
    id: 'lifecycles-frog-wheel',
    note: 'Grade 3 life cycles.',
    expectUnit: 'Animal Life Cycles',
    expectResources: ['From Tadpole to Frog', 'Metamorphosis Up Close'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Frog life cycle wheel', courseName: 'Grade 3 - Whitfield',
      text: 'Cut out the wheel and draw the four stages in order: egg, tadpole, froglet, adult frog. On the back, compare it to our caterpillars.',
      dates: ['2026-02-18'],
    }),
  },

  // ---------------------------------------------------------------- ELA, Spanish, arts, PE
  {
    id: 'outsiders-stay-gold',
    note: 'The Outsiders through a quote.',
    expectUnit: 'The Outsiders: Identity and Belonging',
    expectResources: ['The Outsiders', 'Nothing Gold Can Stay and Other Poems (ebook)'],
    page: page({
      site: 'canvas', kind: 'discussion', title: '"Stay gold, Ponyboy"', courseName: 'ELA 7 - Feldstein',
      text: 'What does Johnny mean? Connect his words to the Frost poem Ponyboy recites in chapter 5. Respond to two classmates by Sunday.',
      dates: ['2025-11-20'], people: ['Jonah Feldstein'],
    }),
  },
  {
    id: 'research8-credible-sources',
    note: 'Argument research paper: source evaluation.',
    expectUnit: 'Research Writing: Argument and Evidence',
    expectResources: ['Is It Credible? Evaluating Sources', 'Opposing Viewpoints-style Issues Database', 'Citations Made Simple (MLA 9)'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Argument essay: source log', courseName: 'ELA 8 - Feldstein',
      text: 'Find five sources for your debatable question. For each, record who wrote it, when, and why you trust it. At least two must come from the library databases. Works cited in MLA.',
      dates: ['2026-02-11'],
    }),
  },
  {
    id: 'holocaust-anne-frank',
    note: 'Holocaust memoir in ELA 8.',
    expectUnit: 'Voices of the Holocaust',
    expectResources: ['The Diary of a Young Girl', 'Number the Stars'],
    page: page({
      site: 'schoology', kind: 'assignment', title: 'Reading journal: the Secret Annex', courseName: 'English 8',
      text: 'As you read the diary entries from 1942, note how Anne describes life in hiding. What does she hope for? What does she fear?',
      dates: ['2026-03-25'],
    }),
  },
  {
    id: 'poetry-haiku',
    note: 'April poetry in grade 5.',
    expectUnit: 'Poetry Month',
    expectResources: ['Haiku for Every Season', 'Pocket Full of Poems'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Spring haiku', courseName: '5th Grade ELA',
      text: 'Write three haiku about spring (5-7-5). Choose your best one to read aloud at the poetry cafe in the library on April 24.',
      dates: ['2026-04-24'],
    }),
  },
  {
    id: 'fairytales-cinderella-chart',
    note: 'Grade 1 versions of a tale.',
    expectUnit: 'Fairy Tales Around the World',
    expectResources: ['Cinderella Stories from Many Lands'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Cinderella compare chart', courseName: 'Grade 1 - Brennan',
      text: 'We read Yeh-Shen and the Egyptian Cinderella. Fill in the chart: who helps her, what she loses, and how the story ends.',
      dates: ['2026-01-08'],
    }),
  },
  {
    id: 'phonics-digraph-sort',
    note: 'Grade 1 phonics group.',
    expectUnit: 'Phonics Power: Decodable Readers',
    expectResources: ['Chip the Ship (Decodable Set 3: Digraphs)', 'Decodable Readers Leveled Bins'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Word sort: sh / ch / th', courseName: 'Reading Group - Abernathy',
      text: 'Sort the picture cards by the first sound: ship, chin, thumb, shop, chick, this. Then read the little book in your bag to a grown-up.',
      dates: ['2025-11-04'], people: ['Ruth Abernathy'],
    }),
  },
  {
    id: 'biographies-wax-museum',
    note: 'Grade 3 biography research.',
    expectUnit: 'Biographies: People Who Made a Difference',
    expectResources: ['Biographies for Wax Museum Day', 'Kids Biography Center', 'Note-Taking with Fact Fragments (Grade 3)'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Living wax museum planner', courseName: 'Grade 3 - Whitfield',
      text: 'Choose a person who changed the world. Find 5 facts about their life and make a timeline. On museum day you will dress up and tell their story when someone presses your button.',
      dates: ['2025-11-24', '2025-12-18'],
    }),
  },
  {
    id: 'muertos-ofrenda-spanish',
    note: 'Spanish-language page about the ofrenda.',
    expectUnit: 'Día de los Muertos',
    expectResources: ['Día de los Muertos: Recordar con alegría', 'Papel Picado Workshop'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Nuestra ofrenda', courseName: 'Español 8 - Sra. Herrera',
      text: 'Trae una foto o un objeto para la ofrenda de la clase. Escribe una tarjeta en español sobre la persona que recuerdas: ¿qué le gustaba comer? ¿Por qué es importante para ti?',
      dates: ['2025-10-29'], people: ['Lucía Herrera'],
    }),
  },
  {
    id: 'harlem-bearden-collage',
    note: 'Art collage in the style of a Harlem Renaissance-era artist.',
    expectUnit: 'Collage and the Harlem Renaissance',
    expectResources: ['Cut, Paste, Tell: The Art of Collage', 'Riverbend Art Museum: Collage Collection Online'],
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Neighborhood collage', courseName: 'Art 8 - McAllister',
      text: 'Look at how Romare Bearden built city scenes from magazine scraps. Make a collage that tells a story about your own block.',
      dates: ['2026-02-11'],
    }),
  },
  {
    id: 'orchestra-peter-wolf',
    note: 'Music grade 3.',
    expectUnit: 'Instruments of the Orchestra',
    expectResources: ['Peter and the Wolf: A Musical Story', 'Sounds of the Strings, Winds, Brass and Percussion'],
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Listening map: Peter and the Wolf', courseName: 'Music - Grade 3',
      text: 'Which instrument plays the bird? the duck? the wolf? Draw each character next to its instrument and circle its family.',
      dates: ['2025-12-03'],
    }),
  },
  {
    id: 'healthy-myplate-log',
    note: 'PE/health nutrition.',
    expectUnit: 'Healthy Habits: Nutrition and Fitness',
    expectResources: ['Fuel Up! Eating Well for Kids', 'Move It! Why Exercise Matters'],
    page: page({
      site: 'classroom', kind: 'assignment', title: '3-day food and activity log', courseName: 'PE/Health 5',
      text: 'Record everything you eat and how many minutes you are active for three days. Compare your plate to the five food groups. Record your resting heart rate each morning.',
      dates: ['2026-03-11'],
    }),
  },

  // ---------------------------------------------------------------- Teacher-name-only signals
  {
    id: 'teacher-only-feldstein-library-block',
    note: 'Only the teacher and a date: Feldstein\'s next unit, starting that week, is The Outsiders.',
    expectUnit: 'The Outsiders: Identity and Belonging',
    page: page({
      site: 'google-calendar', kind: 'calendar-event', title: 'Library - Feldstein P2',
      text: 'Room: Library', dates: ['2025-11-12'], people: ['jfeldstein@springfieldhills.example.org'],
    }),
  },
  {
    id: 'teacher-only-castellano-research',
    note: 'Only the teacher, a grade and a date: Castellano\'s running unit is Regions.',
    expectUnit: 'Regions of the United States',
    page: page({
      site: 'outlook', kind: 'calendar-event', title: 'Research time - Castellano 4th',
      text: 'Library computers, 45 min', dates: ['2025-11-07'], people: ['Hannah Castellano'],
    }),
  },
  {
    id: 'teacher-only-pemberton-announcement',
    note: 'Announcement naming only the teacher and a library visit during Hatchet.',
    expectUnit: 'Hatchet: Survival Stories',
    expectResources: ['Survival Stories for Middle Grade'],
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Library tomorrow', courseName: 'Ms. Pemberton - ELA 6',
      text: 'We are going to the library tomorrow to choose our next independent reading book. Bring your library card.',
      dates: ['2025-11-06'], people: ['Rosalyn Pemberton'],
    }),
  },

  // ---------------------------------------------------------------- Decoys: nothing in the library
  {
    id: 'decoy-field-trip-permission',
    note: 'Permission slip for an end-of-year outing.',
    expectUnit: null,
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Permission slip: Skyline trampoline park', courseName: '6th Grade Team',
      text: 'Please sign and return the permission form and $18 by May 15. Students need closed-toe shoes and a water bottle. Buses leave at 9:00 and return by 2:30.',
      dates: ['2026-05-15', '2026-05-29'],
    }),
  },
  {
    id: 'decoy-picture-day',
    note: 'Picture day.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Picture Day is October 14',
      text: 'Order forms went home in Friday folders. Retakes will be November 18. Students may bring a comb; no hats please.',
      dates: ['2025-10-14', '2025-11-18'],
    }),
  },
  {
    id: 'decoy-picture-day-in-science-course',
    note: 'Picture day posted as an assignment in the 7th-grade science course: one weak shared word ("front" office vs weather "fronts") plus teacher, grade and subject must not make a match.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Picture Day is Thursday', courseName: 'SCI 7 - Adeyemi - Period 3',
      text: 'Reminder: school pictures are this Thursday, December 3. Order forms and payment envelopes go to the front office by Wednesday. Students who are absent can have their photo taken on retake day in January. Please wear your best smile, and no hats.',
      dates: ['2025-12-03'],
    }),
  },
  {
    id: 'decoy-supply-list-in-ela-course',
    note: 'A supply list in a 6th-grade ELA course: the course context alone, with everyday words, must not pull the running unit.',
    expectUnit: null,
    page: page({
      site: 'schoology', kind: 'page', title: 'Supplies for second semester', courseName: 'ELA 6 - Pemberton',
      text: 'Please bring a composition notebook, two pencils, a highlighter and a folder with pockets. We will keep our independent reading books in the classroom library. Label everything with your name.',
    }),
  },
  {
    id: 'decoy-grading-policy',
    note: 'Grading policy in a science course: course name alone must not pull a unit.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'page', title: 'Grading and late work', courseName: 'Science 7 - Period 3',
      text: 'Summative assessments are 60% of the grade, formative 30%, and practice 10%. Late work loses 10% per day up to three days. Retakes are allowed on quizzes within one week.',
      people: ['Samuel Adeyemi'],
    }),
  },
  {
    id: 'decoy-integer-operations',
    note: 'A math unit the library has nothing for (integers), in Nakamura\'s course.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Adding and subtracting negative numbers', courseName: 'Math 7 - Nakamura',
      text: 'Use the two-color counters to model -3 + 5 and 4 - (-2). Then complete problems 1-24 on the integer worksheet. Zero pairs!',
      dates: ['2025-11-13'], people: ['Grace Nakamura'],
    }),
  },
  {
    id: 'decoy-pe-schedule',
    note: 'PE locker and uniform schedule.',
    expectUnit: null,
    page: page({
      site: 'schoology', kind: 'page', title: 'PE uniforms and locker schedule', courseName: 'PE 6-8',
      text: 'Uniforms are required on A days. Locker combinations are in the gradebook comments. 7th grade changes in the east locker room during 3rd period; 8th grade during 5th.',
      people: ['Tomás Echeverría'],
    }),
  },
  {
    id: 'decoy-long-division',
    note: 'Grade 4 math the library has nothing for.',
    expectUnit: null,
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Long division practice', courseName: 'Grade 4 Math',
      text: 'Divide, multiply, subtract, bring down. Complete 15 problems with 3-digit dividends and 1-digit divisors. Check with multiplication.',
      dates: ['2025-11-10'],
    }),
  },
  {
    id: 'decoy-comma-rules',
    note: 'Grammar practice in ELA 6 while Hatchet runs: nothing to do with the novel.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'quiz', title: 'Grammar check: comma rules', courseName: 'ELA 6 - Period 2',
      text: 'Add the missing commas: items in a series, after an introductory phrase, and before a coordinating conjunction. 15 sentences, two attempts.',
      dates: ['2025-11-14'],
    }),
  },
  {
    id: 'decoy-conferences',
    note: 'Parent-teacher conference sign-up.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Parent-teacher conferences', courseName: 'Springfield Hills K-8',
      text: 'Sign up for a 15-minute slot with your child\'s homeroom teacher. Evening conferences run until 7:30. Interpreters are available on request.',
      dates: ['2025-11-20', '2025-11-21'],
    }),
  },
  {
    id: 'decoy-fire-drill',
    note: 'Trap: "fire" and "firefighters" in a safety notice, not the Community Helpers unit.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Fire drill and lockdown drill dates',
      text: 'The fire department will observe our fire drill on September 30. Firefighters will time the evacuation. Teachers, take your red folders and attendance lists to the field.',
      dates: ['2025-09-30'],
    }),
  },
  {
    id: 'decoy-band-concert',
    note: 'Trap: music, instruments, percussion; a concert logistics note, not the orchestra unit.',
    expectUnit: null,
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Winter band concert reminders', courseName: 'Band 7/8 - Ishikawa',
      text: 'Call time is 6:15 in the band room. Wear black and white. Percussion section, please stay after to help load the timpani. Tickets are free.',
      dates: ['2025-12-11'], people: ['Ben Ishikawa'],
    }),
  },
  {
    id: 'decoy-lunch-menu',
    note: 'Cafeteria menu: food words, not the nutrition unit.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'page', title: 'November lunch menu',
      text: 'Monday: chicken tenders, green beans, apple. Tuesday: taco bar. Wednesday: pizza and salad. Thursday: pasta with meat sauce. Friday: grilled cheese and tomato soup. Milk served daily.',
      dates: ['2025-11-03'],
    }),
  },
  {
    id: 'decoy-chromebook-agreement',
    note: 'Device agreement.',
    expectUnit: null,
    page: page({
      site: 'schoology', kind: 'page', title: 'Chromebook care agreement', courseName: 'Homeroom 7B',
      text: 'Students and families must sign the device agreement. Do not eat or drink near the device. Damage fees: screen $45, keyboard $30, charger $20.',
    }),
  },
  {
    id: 'decoy-exponent-rules',
    note: 'Trap: grade-8 math with Tran, but exponents are not the linear unit.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Exponent rules worksheet', courseName: 'Math 8 - Tran',
      text: 'Simplify using the product, quotient and power rules. Write answers with positive exponents only. 2^3 * 2^4, (x^2)^5, a^7 / a^3 ...',
      dates: ['2025-09-17'], people: ['Oliver Tran'],
    }),
  },
  {
    id: 'decoy-lab-safety-contract',
    note: 'Trap: Science 7 course, goggles and glassware, no topic.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'assignment', title: 'Lab safety contract', courseName: 'Science 7 - Period 5',
      text: 'Read the safety rules with a parent, sign the contract, and upload a photo. Goggles on whenever glassware, heat or chemicals are out. Know where the eyewash station is.',
      dates: ['2025-08-22'],
    }),
  },
  {
    id: 'decoy-halloween-party',
    note: 'Trap: late October party, not Día de los Muertos.',
    expectUnit: null,
    page: page({
      site: 'classroom', kind: 'announcement', title: 'Halloween party sign-up', courseName: '2nd Grade - Raman',
      text: 'We need volunteers for the class party on October 31: two snack helpers and one craft helper. Costumes are welcome but no masks or weapons.',
      dates: ['2025-10-31'],
    }),
  },
  {
    id: 'decoy-spirit-week',
    note: 'Spirit week.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Spirit Week!',
      text: 'Monday pajama day, Tuesday twin day, Wednesday crazy hair, Thursday jersey day, Friday school colors. Pep rally Friday at 2:15 in the gym.',
      dates: ['2026-01-26', '2026-01-30'],
    }),
  },
  {
    id: 'decoy-homeroom-course-home',
    note: 'Homeroom course home with only logistics.',
    expectUnit: null,
    page: page({
      site: 'canvas', kind: 'course-home', title: 'Homeroom 6B', courseName: 'Homeroom 6B',
      text: 'Welcome to homeroom! Check here each morning for announcements, the bell schedule and club sign-ups. Advisory lessons are on Wednesdays.',
    }),
  },
  {
    id: 'decoy-staff-meeting-testing',
    note: 'Staff PD about testing logistics.',
    expectUnit: null,
    page: page({
      site: 'google-calendar', kind: 'calendar-event', title: 'Staff meeting: MAP testing window',
      text: 'Room 120. Testing schedule, make-up sessions, and device checks for the winter MAP window.',
      dates: ['2025-11-19'], people: ['Linda Marchetti', 'Kevin Boateng'],
    }),
  },
  {
    id: 'decoy-volleyball-tryouts',
    note: 'Athletics.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Girls volleyball tryouts',
      text: 'Tryouts for grades 6-8 are Monday through Wednesday after school in the main gym. A current sports physical must be on file. Bring knee pads.',
      dates: ['2025-11-10'],
    }),
  },
  {
    id: 'decoy-area-of-triangles',
    note: 'Geometry in grade 6: nothing in the library for it.',
    expectUnit: null,
    page: page({
      site: 'classroom', kind: 'assignment', title: 'Area of triangles and parallelograms', courseName: 'Math 6',
      text: 'Cut a parallelogram into a rectangle to see why A = bh. Then find the area of each triangle by halving the parallelogram. Problems 1-20.',
      dates: ['2025-11-05'],
    }),
  },
  {
    id: 'decoy-order-of-operations',
    note: 'Order of operations (like the real Schoology grades page).',
    expectUnit: null,
    page: page({
      site: 'schoology', kind: 'assignment', title: '1.3 Order of operations', courseName: 'Accelerated Math 6/7A',
      text: 'Parentheses, exponents, multiplication and division from left to right, then addition and subtraction. Complete 1-30 odd.',
      dates: ['2025-09-05'],
    }),
  },
  {
    id: 'decoy-supply-list',
    note: 'Supply list.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'page', title: 'Grade 3 supply list',
      text: 'Two composition notebooks, 24 pencils, glue sticks, a pencil box, headphones, a box of tissues and a backpack without wheels.',
    }),
  },
  {
    id: 'decoy-snow-day-makeup',
    note: 'Trap: snow and weather words in a calendar change.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'announcement', title: 'Snow day make-up schedule',
      text: 'Because of last week\'s snow and icy roads, January 23 will now be a full school day instead of a teacher workday. Buses run on the normal weather schedule.',
      dates: ['2026-01-23'],
    }),
  },
  {
    id: 'decoy-indoor-recess',
    note: 'Trap: cold weather, rain and temperature in the recess policy.',
    expectUnit: null,
    page: page({
      site: 'generic', kind: 'page', title: 'Cold weather and indoor recess',
      text: 'Recess moves indoors when the wind chill is below 15 degrees or when it is raining. Please send a warm coat, hat and gloves every day from November to March.',
    }),
  },
  {
    id: 'decoy-iep-meeting',
    note: 'A meeting invite with the special education teacher: no unit.',
    expectUnit: null,
    page: page({
      site: 'outlook', kind: 'calendar-event', title: 'Annual review - room 114',
      text: 'Annual review meeting. Please bring updated progress data and service minutes.',
      dates: ['2025-11-18'], people: ['Ruth Abernathy', 'Derek Osei'],
    }),
  },
];
