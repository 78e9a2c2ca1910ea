namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>One documented way in which a Json copy differs from its source. docs/json-strategy.md names each by <see cref="Id"/>.</summary>
    internal sealed class JsonLossRule
    {
        public JsonLossRule(string id, string description)
        {
            Id = id;
            Description = description;
        }

        /// <summary>A stable name, used in the docs and by tests.</summary>
        public string Id { get; }

        /// <summary>What is lost, in one or two sentences.</summary>
        public string Description { get; }

        public override string ToString() => Id + ": " + Description;
    }
}
