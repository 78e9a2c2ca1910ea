using System;

namespace DeepCopy.Core.Comparison
{
    /// <summary>One setting of a class-library collection that changes what it does, compared as a member of that name.</summary>
    internal sealed class CollectionSetting
    {
        public CollectionSetting(string name, Func<object, object?> read)
        {
            Name = name;
            Read = read;
        }

        /// <summary>The setting's name as the class library spells it (a public property's, where it has one).</summary>
        public string Name { get; }

        public Func<object, object?> Read { get; }
    }
}
