using System;
using System.Collections;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a subclass of <see cref="Hashtable"/> from outside the framework, such as a user's
    /// <c>class Tagged : Hashtable</c> or a PowerShell class deriving from <c>[hashtable]</c>: see
    /// <see cref="SubclassRebuilder"/>. Its Clone, even when it overrides it, is user code and is never called.
    /// </summary>
    internal sealed class HashtableRebuiltSubclassHandler : DeepCopyHandler
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;

        public HashtableRebuiltSubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(Hashtable), new[] { typeof(int), typeof(IEqualityComparer) });
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context) =>
            _rebuilder.CreateShell(source, ((Hashtable)source).Count, HashtableComparer.Read((Hashtable)source));

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            NonGenericDictionaryFiller.Fill((Hashtable)source, (Hashtable)shell, context);
        }
    }
}
