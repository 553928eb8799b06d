package org.annals.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one country on one day, every fact with its evidence.
 *
 * @param country    the country code
 * @param asOf       the day
 * @param government who holds or claims the government, with every party's stance on each
 * @param recognizes the stances this country takes on other countries' claimants
 * @param relations  the last change of relations with each partner, on or before the day
 * @param demands    orders and ultimatums this country gave or received, with where they stand
 * @param sanctions  sanctions in force on the day, imposed by or on this country
 * @param standings  whether the acts of this country's claimants stand in the eyes of each party
 */
public record CountryView(String country, LocalDate asOf, List<Claimant> government, List<Recognition> recognizes,
                          List<RelationsChange> relations, List<DemandOn> demands, List<Sanction> sanctions,
                          List<OrderStanding> standings) {
    public CountryView {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(asOf, "asOf");
        government = List.copyOf(government);
        recognizes = List.copyOf(recognizes);
        relations = List.copyOf(relations);
        demands = List.copyOf(demands);
        sanctions = List.copyOf(sanctions);
        standings = List.copyOf(standings);
    }

    /**
     * A person (or government) who holds or claims a country's government.
     *
     * @param party    who
     * @param holds    true for an incumbent: coded as the government acting with its authority, or titled so
     * @param since    the first day on record of the claim or the holding
     * @param evidence the event that first shows it, when an event does (a title alone is no event)
     * @param offices  the offices the texts' titles give, each with its first mention
     * @param stances  every party's stance on them on the day
     */
    public record Claimant(Party party, boolean holds, LocalDate since, Optional<Evidence> evidence,
                           List<OfficeTitle> offices, List<Recognition> stances) {
        public Claimant {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(evidence, "evidence");
            offices = List.copyOf(offices);
            stances = List.copyOf(stances);
        }
    }

    /**
     * A demand and where it stands on the view's day.
     *
     * @param demand the demand
     * @param status open, refused or expired
     */
    public record DemandOn(Demand demand, Demand.Status status) {
        public DemandOn {
            Objects.requireNonNull(demand, "demand");
            Objects.requireNonNull(status, "status");
        }
    }
}
