/**
 * Stop words, folded (lower case, no accents). Each language has its
 * function words plus the boilerplate every LMS page carries ("assignment",
 * "due", "points", "submit") and, in English, the generic words of school
 * writing ("use", "make", "day"), none of which says which unit a page is
 * about. The lists are per language on purpose: Spanish `era` is a stop word,
 * English `era` ("the Progressive Era") is not.
 */

const EN_FUNCTION = `a about above after again against all almost also am among an and any are
aren't as at be because been before being below between both but by can cannot could
couldn't did didn't do does doesn't doing don't down during each either else etc ever every
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't
it it's its itself just let's may me might more most much must mustn't my myself neither no
nor not now of off often on once only or other ought our ours ourselves out over own per
rather same shall shan't she she'd she'll she's should shouldn't since so some such than that
that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those though through thus to too under until up upon us very via was wasn't we
we'd we'll we're we've were weren't what what's when when's where where's whether which while
who who's whom whose why why's will with within without won't would wouldn't yes yet you
you'd you'll you're you've your yours yourself yourselves`;

const EN_LMS = `assignment assignments due points point pts submit submission submissions
submitted student students class classes course courses today tomorrow week weeks please
click view page pages home announcement announcements module modules discussion quiz
canvas schoology moodle classroom google teacher instructor available until rubric
posted post reply replies grade grades graded grading period syllabus dashboard calendar
upload attach attached file files link links open closed opens closes minutes min mins
score total complete completed incomplete late missing due-date am pm mon tue wed thu fri
sat sun monday tuesday wednesday thursday friday saturday sunday january february
april june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec`;

/**
 * Generic words of school writing: frequent in unit and resource descriptions
 * and in page text alike, so a match on them says nothing about the topic.
 */
const EN_GENERIC = `use uses used using make makes made making get gets got take takes took
taking find finds found show shows showed help helps helped need needs needed want wants way
ways thing things lot lots day days year years time times one two three four five six seven
eight nine ten first last next good great best better many every back still even really kind
kinds like see sees look looks looking try tries tried work works worked working include
includes included including go goes going come comes came give gives gave keep keeps put puts
bring brings brought say says said tell tells told know knows knew think thinks thought
different same together around whole able`;

const ES_FUNCTION = `a al algo algun alguna algunas alguno algunos ante antes aquel aquella
aquellas aquellos aqui asi aun aunque bajo bien cada casi como con contra cual cuales cuando
cuanto de del desde donde dos durante e el ella ellas ello ellos en entre era eran eres es
esa esas ese eso esos esta estaba estaban estamos estan estar estas este esto estos
estoy fue fueron fui ha habia habian han has hasta hay he hemos la las le les lo los mas me
mi mis mucho muchos muy nada ni no nos nosotras nosotros nuestra nuestras nuestro nuestros o
os otra otras otro otros para pero poco por porque pues que quien quienes se sea sean segun
ser si sido siempre sin sobre sois solo somos son soy su sus tambien tanto te tenemos tener
tiene tienen ti todo todos tras tu tus un una unas uno unos usted ustedes vosotras vosotros
y ya yo`;

const ES_LMS = `tarea tareas entrega entregar entregas puntos punto estudiante estudiantes
alumno alumnos alumna alumnas clase clases curso cursos hoy manana semana semanas fecha
fechas limite favor pagina anuncio anuncios modulo modulos foro cuestionario profesor
profesora maestro maestra calificacion calificaciones nota notas archivo archivos enlace
minutos lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo
junio julio agosto septiembre octubre noviembre diciembre`;

function toSet(...lists: string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) out.add(w.replace(/'/g, ''));
  return out;
}

/** Words are compared after apostrophes are removed (`don't` -> `dont`). */
export const STOP_EN: ReadonlySet<string> = toSet(EN_FUNCTION, EN_LMS, EN_GENERIC);
export const STOP_ES: ReadonlySet<string> = toSet(ES_FUNCTION, ES_LMS);

/**
 * Words that are frequent in one language and rare in the other, used only
 * to guess a page's language.
 */
export const LANG_HINTS_EN: ReadonlySet<string> = toSet(
  'the and of to is are was were this that with for from have has will be by it its which what',
);
export const LANG_HINTS_ES: ReadonlySet<string> = toSet(
  'el la los las y de del que es son en por para con una un su sus como al se lo este esta estos',
);
