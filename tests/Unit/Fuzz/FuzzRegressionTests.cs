using DeepCopy.Core;
using Xunit;

namespace DeepCopy.Tests.Fuzz;

/// <summary>
/// Every seed the graph fuzzer has failed on, replayed on every exact strategy, named after the seed. The graph of a
/// seed never changes as long as <see cref="GraphGenerator"/> does not; the focused test named in each comment pins the
/// bug itself, whatever the generator later becomes.
/// </summary>
public sealed class FuzzRegressionTests
{
    public FuzzRegressionTests() => PowerShellRegistrations.EnsureRegistered();

    /// <summary>A PSObject wrapping a boxed DateTime with type names: the copy wiped the source's type names (PSWrappedValueTests).</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_3(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(3, strategy);

    /// <summary>An empty ordered dictionary: enumerating it built its entry list, a write to the source (EmptyDictionaryTests).</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_12(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(12, strategy);

    /// <summary>Another graph with an empty ordered dictionary, found in the same first run (EmptyDictionaryTests).</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_20(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(20, strategy);

    /// <summary>An ImmutableDictionary builder overwrote a key holding a Tripwire value and compared the values: a generator fault.</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_20267023(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(20267023, strategy);

    /// <summary>
    /// The 100,000-graph run: two empty arrays as keys of one dictionary, which hashes them by identity. The test's
    /// comparer crossed them (HelperSelfTests.Equal_looking_identity_keys_are_paired_by_their_entries); the copy was right.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1100012513(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(1100012513, strategy);

    /// <summary>
    /// The 100,000-graph run: equal-looking elements of a reference-hashed set, one of them shared elsewhere. The
    /// comparer paired them before meeting the other reference
    /// (HelperSelfTests.Equal_looking_set_elements_are_paired_through_their_other_references); the copy was right.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1100040287(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(1100040287, strategy);

    /// <summary>The 100,000-graph run: equal-looking array keys again, as in seed 1100012513.</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1100090049(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(1100090049, strategy);

    /// <summary>
    /// The 50,000-graph run from seed 1970000000: look-alike Tripwire keys of a reference-hashed dictionary, one of them
    /// shared with another container that also waited for its pairing. The test's comparer guessed, and in about half
    /// the processes (identity-hash order) guessed wrong
    /// (HelperSelfTests.Equal_looking_elements_are_paired_through_a_set_that_waits_too); the copy was right.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1970027167(DeepCopyStrategy strategy)
    {
        // Replayed a few times: the wrong guess depended on identity hashes, which differ from one graph to the next.
        for (var replay = 0; replay < 8; replay++)
        {
            ExactFuzzCheck.Run(1970027167, strategy);
        }
    }

    /// <summary>
    /// The 40,000-graph run from seed 1960000000: an ImmutableHashSet by reference of look-alike Tripwires beside a
    /// dictionary whose value is one of them. The test's comparer paired the Tripwires before walking that sibling
    /// (HelperSelfTests.Equal_looking_elements_are_paired_through_a_sibling_that_holds_one); the copy was right.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1960028287(DeepCopyStrategy strategy)
    {
        // Replayed a few times, as above: the wrong pairing came with about half of the identity-hash orders.
        for (var replay = 0; replay < 8; replay++)
        {
            ExactFuzzCheck.Run(1960028287, strategy);
        }
    }

    /// <summary>A PSObject wrapping a boxed int with notes and type names (PSWrappedValueTests).</summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_36(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(36, strategy);

    /// <summary>
    /// The sixth session's 50,000-graph run (seed 2050000000), an oracle bug: a Task placed under Throw hangs below a
    /// note attached to an empty string[] held unwrapped (the copy names $[2].Payload[12][4].Items[2].Keys[0].n27[...]). Every
    /// exact strategy refuses it there with NonCopyableType, as it should; the tests' NodeClassifier counted every empty
    /// array as a leaf, so GraphSnapshot never read that array's attached members and did not list the Task among the
    /// values the graph reaches. Empty arrays with attached members are nodes now.
    /// </summary>
    [Theory]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_2050038849(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(2050038849, strategy);

    /// <summary>
    /// The seventh session's 20,000-graph run (seed 1960000000): Reflection, Compiled and Pooled reported that a
    /// HashSet under ReferenceEqualityComparer ($[0].Reference[...]['s691'][2].Nested.Deep) did not contain the copy of
    /// its element, a Tripwire with a null payload. The set holds three Tripwires with null payloads, and another
    /// identity-hashed set shares one of them: the oracle pairs structurally identical elements of such sets by guess,
    /// and the copy of the element it had paired earlier was not in this set. The copy holds as many Tripwires as the
    /// source (10 and 10), so no element was copied twice. Hashed collections enumerate in an order that depends on
    /// the process's string hash seed, so the seed fails in about one process in six (2 of 12 and 1 of 12 replays).
    /// </summary>
    [Theory(Skip = "Oracle: elements of identity-hashed sets that look alike are paired by guess, and the guess depends on the process's string hash seed (fails in about one process in six); docs/reliability.md.")]
    [MemberData(nameof(Strategies.ExactStrategies), MemberType = typeof(Strategies))]
    public void Seed_1960019791(DeepCopyStrategy strategy) => ExactFuzzCheck.Run(1960019791, strategy);

    /// <summary>Json: an empty ordered dictionary, written to by the Json writer's enumeration (EmptyDictionaryTests).</summary>
    [Fact]
    public void Json_seed_13() => JsonFuzzCheck.Run(13);

    /// <summary>Json: the same, first found with this seed's graph.</summary>
    [Fact]
    public void Json_seed_17() => JsonFuzzCheck.Run(17);
}
