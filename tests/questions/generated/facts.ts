/** Facts of a world that questions ask about, worked out from the generated data alone. */
import type { Body, Chair, Meeting, Person, World } from './world';

export class Facts {
  constructor(readonly world: World) {}

  person = (id: string) => this.world.people.find((p) => p.id === id);
  institution = (id: string) => this.world.institutions.find((i) => i.id === id);

  /** The name of a person or institution. */
  nameOf = (id: string) => this.person(id)?.name ?? this.institution(id)?.name ?? id;

  staff = (institutionId: string) => this.world.people.filter((p) => p.actor === institutionId);

  chairsOn = (body: Body, date: string): Chair[] =>
    body.chairs.filter((chair) => chair.from <= date && date <= chair.to);

  chairsBetween = (body: Body, from: string, to: string): Chair[] =>
    body.chairs.filter((chair) => chair.from <= to && from <= chair.to);

  meetingsOf = (body: Body): Meeting[] => this.world.meetings.filter((m) => m.body === body.id);

  /** Meetings on or after today (the clock stands before the first meeting of the day). */
  upcoming = (body: Body) =>
    this.meetingsOf(body).filter((m) => m.start.slice(0, 10) >= this.world.today);

  past = (body: Body) =>
    this.meetingsOf(body).filter((m) => m.start.slice(0, 10) < this.world.today);

  /** Bodies the person belongs to in person. */
  bodiesInPerson = (person: Person) =>
    this.world.bodies.filter((b) => b.members.includes(person.id));

  /** Bodies the person's institution belongs to. */
  bodiesViaInstitution = (person: Person) =>
    this.world.bodies.filter((b) => b.members.includes(person.actor));

  /** An institution takes part in a body as a member or through one of its people. */
  represented = (institutionId: string, body: Body) =>
    body.members.includes(institutionId) ||
    body.members.some((id) => this.person(id)?.actor === institutionId);

  /** Institutions in a body: members, and those of its person members. */
  institutionsIn = (body: Body) => [
    ...new Set(body.members.map((id) => (this.institution(id) ? id : this.person(id)!.actor))),
  ];

  deputisedBy = (person: Person) => this.world.people.filter((p) => p.deputy === person.id);

  coordinators = () => this.world.people.filter((p) => p.coordinator);

  /** Names that occur once only (a question by that name is not ambiguous). */
  uniqueName = (name: string) => this.world.people.filter((p) => p.name === name).length === 1;
}
