using System;
using System.Collections.Generic;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Rebuilds a subclass of <see cref="LinkedList{T}"/> (see <see cref="SubclassRebuilder"/>). Field-walked, its first
    /// node went to <see cref="LinkedListNodeHandler{T}"/>, which makes a detached node for the list's handler to link,
    /// and no list handler ran: the copy kept the count with a head linked to nothing. So the nodes are re-added here
    /// as the exact type's handler adds them, keeping a node the graph holds elsewhere the node in the copied list.
    /// </summary>
    internal sealed class LinkedListSubclassHandler<T> : DeepCopyHandler
    {
        private readonly Type _type;
        private readonly SubclassRebuilder _rebuilder;
        private readonly bool _elementsImmutable = SlotTypes.AlwaysImmutable(typeof(T));

        public LinkedListSubclassHandler(Type type)
        {
            _type = type;
            _rebuilder = new SubclassRebuilder(type, typeof(LinkedList<T>), Type.EmptyTypes);
        }

        public override bool CanHandle(Type type) => type == _type;

        internal override bool InvalidOperationMeansSourceChanged => true;

        public override object CreateShell(object source, DeepCopyContext context) => _rebuilder.CreateShell(source);

        public override void Populate(object source, object shell, DeepCopyContext context)
        {
            _rebuilder.PopulateOwnFields(source, shell, context);
            LinkedListNodes<T>.CopyInto((LinkedList<T>)source, (LinkedList<T>)shell, context, _elementsImmutable);
        }
    }
}
