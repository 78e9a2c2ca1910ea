using System;
using System.Collections;
using System.Reflection;

namespace DeepCopy.Core.Handlers
{
    /// <summary>Rebuilds a <see cref="Hashtable"/> with the source's comparer, so <c>@{}</c> stays case-insensitive and every key hashes afresh.</summary>
    internal sealed class HashtableHandler : BuiltInHandler<Hashtable>
    {
        // The comparer is only exposed through a protected property; an open delegate reads it at call speed.
        private static readonly Func<Hashtable, IEqualityComparer?> ReadComparer =
            (Func<Hashtable, IEqualityComparer?>)Delegate.CreateDelegate(
                typeof(Func<Hashtable, IEqualityComparer?>),
                typeof(Hashtable).GetProperty("EqualityComparer", BindingFlags.Instance | BindingFlags.NonPublic)!.GetGetMethod(true)!);

        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context) =>
            new Hashtable(source.Count, ReadComparer(source));

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context) =>
            NonGenericDictionaryFiller.Fill(source, shell, context);
    }
}
