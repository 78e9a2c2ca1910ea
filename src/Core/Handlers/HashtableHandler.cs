using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a <see cref="Hashtable"/> with the source's comparer, so <c>@{}</c> stays case-insensitive and every
    /// key hashes afresh. Entries are read through the Hashtable's own enumerator: measured faster than a CopyTo
    /// snapshot (which boxes each entry through Array.SetValue), and it reports a concurrent writer itself.
    /// </summary>
    internal sealed class HashtableHandler : BuiltInHandler<Hashtable>
    {
        protected override Hashtable CreateShell(Hashtable source, DeepCopyContext context) =>
            new Hashtable(source.Count, HashtableComparer.Read(source));

        protected override void Populate(Hashtable source, Hashtable shell, DeepCopyContext context) =>
            NonGenericDictionaryFiller.Fill(source, shell, context);
    }
}
