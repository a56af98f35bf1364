/** English question templates per kind. Slots take the name, an alias or an English descriptor. */
export const EN: Record<string, string[]> = {
  'contact-email': [
    "What is {person}'s email address?",
    'Could you give me the email of {person}, please?',
    'email {person}?',
    'How do I reach {person} by mail?',
    'How do I write to {person}?',
  ],
  'contact-phone': [
    'What is the phone number of {inst}?',
    'How can I call {inst}?',
    'phone {inst}?',
    'Can I ring {inst}?',
    'What number do I call for {inst}?',
  ],
  'who-is': ['Who is {person}?', 'What does {person} do?', 'Can you tell me who {person} is?'],
  'person-by-role/head': [
    'Who runs {inst}?',
    'Who heads {inst}?',
    'Who is the head of {inst}?',
    'boss of {inst}?',
    'Who is in charge of {inst}?',
  ],
  'person-by-role/topic': [
    'Who is responsible for {topic} at {inst}?',
    'Who handles {topic} at {inst}?',
  ],
  'person-by-role/title': ['Who is the {title} at {inst}?'],
  coordinators: [
    'Who are the coordinators?',
    'List the coordinators, please.',
    'Which people are coordinators?',
  ],
  'chair-now': [
    'Who chairs {body}?',
    'Who is currently chairing {body}?',
    'chair of {body}?',
    'Who runs {body}?',
  ],
  'chair-year': [
    'Who chairs {body} in {year}?',
    'Who will chair {body} in {year}?',
    '{body} chair {year}?',
  ],
  'chair-schoolyear': ['Who chairs {body} in the school year {schoolyear}?'],
  'chair-date': ['Who chairs {body} on {date}?', 'Who is the chair of {body} on {date}?'],
  members: [
    'Who is in {body}?',
    'Who are the members of {body}?',
    'members of {body}?',
    'Could you list all members of {body}?',
  ],
  'institutions-of-body': [
    'Which institutions are represented in {body}?',
    'Which organisations take part in {body}?',
  ],
  'bodies-in-person': [
    'Which bodies is {person} a member of in person?',
    'In which committees does {person} sit personally?',
    'Which committees does {person} sit on in person?',
  ],
  'bodies-via-institution': [
    'In which bodies is {person} involved, including through their institution?',
  ],
  'next-meeting': [
    'When does {body} meet next?',
    'When is the next meeting of {body}?',
    'next {body} meeting?',
    'next {body}?',
  ],
  'meeting-in-month': [
    'When does {body} meet in {month} {year}?',
    'Is there a {body} meeting in {month} {year}? When?',
  ],
  'meeting-ordinal': [
    'When is the meeting after next of {body}?',
    'When does {body} meet after the next meeting?',
  ],
  'last-meeting': [
    'When did {body} last meet?',
    'When was the last meeting of {body}?',
    'last {body} meeting?',
  ],
  'meeting-where/next': [
    'Where does {body} meet next?',
    'Where is the next meeting of {body}?',
    'location of the next {body}?',
  ],
  'meeting-where/date': [
    'Where is the {body} meeting on {date}?',
    'Where does {body} meet on {date}?',
  ],
  'meeting-online/next': [
    'Is there an online link for the next meeting of {body}?',
    'Teams link for the next {body}?',
  ],
  'meeting-online/date': ['What is the online link for the {body} meeting on {date}?'],
  'meeting-agenda/next': [
    "What's on the agenda of the next {body} meeting?",
    'agenda of the next {body}?',
  ],
  'meeting-agenda/date': ['What is on the agenda of {body} on {date}?'],
  'yes-inst-in-body': [
    'Is {inst} represented in {body}?',
    'Is {inst} a member of {body}?',
    'Does {inst} sit on {body}?',
  ],
  'yes-person-in-body': [
    'Is {person} a member of {body}?',
    'Does {person} sit on {body}?',
    'Is {person} part of {body}?',
  ],
  'yes-goal-at-risk': ['Is goal {goal} at risk?', 'Is {goal} at risk?'],
  'goal-owner': ['Who is responsible for goal {goal}?', 'Who owns {goal}?', 'owner of {goal}?'],
  'goal-partners': ['Who works on goal {goal}?', 'Who are the partners of {goal}?'],
  'goal-why': ['Why does goal {goal} exist?', 'What is the reason for {goal}?'],
  'goal-due': [
    'When is goal {goal} due?',
    'By when should {goal} be achieved?',
    'deadline {goal}?',
  ],
  'field-goals': [
    'Which goals does the field of action {field} have?',
    'What are the goals of {field}?',
    'goals {field}?',
  ],
  deputy: [
    "Who is {person}'s deputy?",
    'Who stands in for {person}?',
    'deputy of {person}?',
    'Who covers for {person}?',
  ],
  deputises: [
    'Whom does {person} deputise for?',
    'For whom is {person} the deputy?',
    'Who does {person} stand in for?',
  ],
  'people-of-inst-in-body': [
    'Who from {inst} sits on {body}?',
    'Which people of {inst} are in {body}?',
  ],
  // issue 16 (people): phrasings and subjects nobody tuned for.
  'deputy-by-role': ['Who stands in for the {title} at {inst}?'],
  'my-bodies': ['What committees am I on?', 'Which bodies do I sit on?'],
  'my-deputy': ['Who is my deputy?', 'Who covers for me when I am away?'],
  'not-in-directory/body': ['Who chairs the {en}?', 'When does the {en} meet?'],
  'not-in-directory/town': ['Who is the contact at KoKo {town}?', 'Who heads KoKo {town}?'],
};
